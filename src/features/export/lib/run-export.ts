// Everything an export does once asked for, loaded as one chunk on first use so the first view
// carries only the menu. Each function reads the same FigureDescription objects as the screen.
import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFigure, type FigureDescription } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import type { Language, Translate } from '@/domain/translate'
import { buildCitation } from '@/features/export/model/citation'
import { buildDisplayedCsv } from '@/features/export/model/csv'
import { exportFileName } from '@/features/export/model/file-name'
import { buildImageCaption, type ImageCaption } from '@/features/export/model/image-caption'
import { buildProvenance, type Provenance } from '@/features/export/model/provenance'
import type { PngSize } from '@/features/export/model/png-resolution'
import {
  CHART_EXPORT_WIDTH,
  buildSvgDocument,
  type ImageBody,
  type SvgDocument,
} from '@/features/export/model/svg-document'
import {
  buildFiguresWorkbook,
  buildFullDatasetWorkbook,
} from '@/features/export/model/xlsx-workbook'
import { captureChart } from '@/features/export/lib/inline-chart-svg'
import { measureText } from '@/features/export/lib/measure-text'
import { svgToPng } from '@/features/export/lib/rasterize'
import { workbookBlob } from '@/features/export/lib/xlsx-file'
import { zipBlob } from '@/features/export/lib/zip-file'
import { buildDataPackage } from '@/features/export/model/data-package'
import { buildBriefing } from '@/features/export/model/briefing'
import { briefingDocx, type BriefingImage } from '@/features/export/lib/briefing-docx'

export interface ExportContext {
  descriptions: FigureDescription[]
  title: string
  subtitle: string
  /** The view's notes (comparability guard, series breaks), printed in image exports. */
  notes?: string[]
  /** The drawing explains its own marks (line charts). */
  drawingHasLegend?: boolean
  fileStem: string
  /** The element holding the drawn chart; null for a headline card. */
  chart: HTMLElement | null
  link: string
  now: Date
  lang: Language
  t: Translate
  /** The loaded dataset's version, named in every file. */
  datasetVersion: string
}

export type FileExport =
  | 'png-screen'
  | 'png-print'
  | 'png-page'
  | 'png-slide'
  | 'svg'
  | 'csv'
  | 'xlsx'
  | 'imported-csv'
  | 'data-package'

export interface ExportedFile {
  blob: Blob
  fileName: string
}

async function imageBody(ctx: ExportContext): Promise<ImageBody> {
  if (ctx.chart) return (await captureChart(ctx.chart, CHART_EXPORT_WIDTH)) ?? { kind: 'text' }
  const [only, ...others] = ctx.descriptions
  if (only && others.length === 0)
    return { kind: 'headline', value: only.valueWithUnit, kindLabel: only.estimateKindLabel }
  return { kind: 'text' }
}

/** The caption of the view's image and what the files say about themselves, from one model. */
function describeExport(ctx: ExportContext): { caption: ImageCaption; provenance: Provenance } {
  const caption = buildImageCaption(ctx)
  return { caption, provenance: buildProvenance({ ...ctx, caption }) }
}

export async function buildSvg(
  ctx: ExportContext,
  layout: 'stack' | 'side' = 'stack',
): Promise<SvgDocument> {
  const { caption, provenance } = describeExport(ctx)
  return buildSvgDocument({
    caption,
    body: await imageBody(ctx),
    lang: ctx.lang,
    measure: measureText,
    provenance,
    layout,
  })
}

export async function renderPng(ctx: ExportContext, size: PngSize): Promise<Blob> {
  return svgToPng(await buildSvg(ctx, size === 'slide' ? 'side' : 'stack'), size)
}

/** The image's text alternative, to paste beside it in a document. */
export function altText(ctx: ExportContext): string {
  return buildImageCaption(ctx).altText
}

export function citationText(ctx: ExportContext): string {
  return buildCitation(ctx)
}

function name(
  ctx: ExportContext,
  extension: 'csv' | 'xlsx' | 'svg' | 'png' | 'zip',
  variant?: string,
): string {
  return exportFileName({
    stem: ctx.fileStem,
    descriptions: ctx.descriptions,
    now: ctx.now,
    extension,
    variant,
  })
}

export async function buildFile(kind: FileExport, ctx: ExportContext): Promise<ExportedFile> {
  switch (kind) {
    case 'png-screen':
      return { blob: await renderPng(ctx, 'screen'), fileName: name(ctx, 'png') }
    case 'png-print':
      return { blob: await renderPng(ctx, 'print'), fileName: name(ctx, 'png', 'print') }
    case 'png-page':
      return { blob: await renderPng(ctx, 'page'), fileName: name(ctx, 'png', 'page') }
    case 'png-slide':
      return { blob: await renderPng(ctx, 'slide'), fileName: name(ctx, 'png', 'slide') }
    case 'svg':
      return {
        blob: new Blob([(await buildSvg(ctx)).svg], { type: 'image/svg+xml' }),
        fileName: name(ctx, 'svg'),
      }
    case 'csv':
      return {
        blob: new Blob([buildDisplayedCsv(ctx.descriptions, ctx.t, ctx.datasetVersion)], {
          type: 'text/csv;charset=utf-8',
        }),
        fileName: name(ctx, 'csv'),
      }
    case 'imported-csv': {
      // Exactly the imported figures of the view, in the import format: the file to send with a
      // link that shows them, which the colleague imports back unchanged.
      const imported = ctx.descriptions.filter((d) => d.figure.origin.kind === 'imported')
      return {
        blob: new Blob([buildDisplayedCsv(imported, ctx.t, ctx.datasetVersion)], {
          type: 'text/csv;charset=utf-8',
        }),
        fileName: name(
          { ...ctx, descriptions: imported },
          'csv',
          ctx.t('export.fileStem.imported'),
        ),
      }
    }
    case 'data-package':
      return {
        blob: await zipBlob(buildDataPackage({ ...ctx, scope: 'view' }), ctx.now),
        fileName: name(ctx, 'zip', ctx.t('export.fileStem.dataPackage')),
      }
    case 'xlsx':
      return {
        blob: await workbookBlob(buildFiguresWorkbook(ctx), {
          now: ctx.now,
          provenance: describeExport(ctx).provenance,
        }),
        fileName: name(ctx, 'xlsx'),
      }
  }
}

/** Every figure of the loaded dataset with its metadata and a readme, as one workbook. */
export async function buildFullDatasetFile(
  index: DatasetIndex,
  ctx: Pick<ExportContext, 'link' | 'now' | 'lang' | 't'>,
): Promise<ExportedFile> {
  const { lang, t, now, link } = ctx
  const descriptions = matchFiguresToSelection(index, index.figures, []).map((m) =>
    describeFigure(m, index, lang, t),
  )
  const sheets = buildFullDatasetWorkbook({ ...ctx, index, descriptions })
  const title = t('export.citation.datasetTitle', { version: index.dataset.datasetVersion })
  return {
    blob: await workbookBlob(sheets, {
      now,
      provenance: buildProvenance({
        caption: buildImageCaption({
          ...ctx,
          title,
          subtitle: '',
          descriptions,
          datasetVersion: index.dataset.datasetVersion,
        }),
        link,
        datasetVersion: index.dataset.datasetVersion,
        now,
        lang,
      }),
    }),
    fileName: exportFileName({
      stem: `${t('export.fileStem.fullDataset')}-v${index.dataset.datasetVersion}`,
      descriptions: [],
      now,
      extension: 'xlsx',
    }),
  }
}

/** Every figure of the loaded dataset as a data package: CSV, datapackage.json and README. */
export async function buildFullDataPackageFile(
  index: DatasetIndex,
  ctx: Pick<ExportContext, 'link' | 'now' | 'lang' | 't'>,
): Promise<ExportedFile> {
  const { lang, t, now } = ctx
  const descriptions = matchFiguresToSelection(index, index.figures, []).map((m) =>
    describeFigure(m, index, lang, t),
  )
  const version = index.dataset.datasetVersion
  const files = buildDataPackage({
    ...ctx,
    descriptions,
    scope: 'full',
    title: t('export.citation.datasetTitle', { version }),
    subtitle: '',
    datasetVersion: version,
  })
  return {
    blob: await zipBlob(files, now),
    fileName: exportFileName({
      stem: `${t('export.fileStem.fullDataset')}-v${version}`,
      descriptions: [],
      now,
      extension: 'zip',
    }),
  }
}

/** Yields to the browser between steps of a long export, so the page keeps answering. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The briefing pack: the chosen figures (in the order chosen), each with its image, quotable
 * sentence, coverage, caveats and source, and a bibliography, as a Word document in `ctx.lang`.
 */
export async function buildBriefingPackFile(
  index: DatasetIndex,
  ids: string[],
  ctx: Pick<ExportContext, 'link' | 'now' | 'lang' | 't' | 'datasetVersion'>,
): Promise<ExportedFile> {
  const { lang, t, now } = ctx
  const order = new Map(ids.map((id, i) => [id, i]))
  const chosen = index.figures
    .filter((f) => order.has(f.id))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
  const descriptions = matchFiguresToSelection(index, chosen, []).map((m) =>
    describeFigure(m, index, lang, t),
  )
  const images = new Map<string, BriefingImage>()
  for (const d of descriptions) {
    const figureCtx: ExportContext = {
      ...ctx,
      descriptions: [d],
      title: d.indicatorName.text,
      subtitle: `${d.placeName.text} · ${d.period}`,
      fileStem: d.figure.indicatorId,
      chart: null,
    }
    const png = new Uint8Array(await (await renderPng(figureCtx, 'page')).arrayBuffer())
    images.set(d.figure.id, { png, altText: buildImageCaption(figureCtx).altText })
    await nextTask()
  }
  const blob = await briefingDocx(buildBriefing({ ...ctx, descriptions }), images, {
    quote: t('export.briefing.quote'),
    caveats: t('export.caption.caveats').replace(/:$/, ''),
    viewNotes: t('export.caption.viewNotes').replace(/:$/, ''),
  })
  return {
    blob,
    fileName: exportFileName({
      stem: t('export.fileStem.briefing'),
      descriptions,
      now,
      extension: 'docx',
    }),
  }
}
