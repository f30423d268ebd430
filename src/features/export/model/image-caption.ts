// The words of an exported image (title, subtitle, figures, coverage, source, caveats,
// retrieval), built from the same FigureDescription objects as the screen.
import type { FigureDescription } from '@/domain/figure-description'
import { withLanguageMark, type Language, type Translate } from '@/domain/translate'
import { formatRetrievalDate, type CitationInput } from '@/features/export/model/citation'
import type { DisplayCaveat } from '@/domain/caveats'
import type { EstimateKind } from '@/domain/dataset-schema'
import { legendOrder } from '@/features/charts/model/legend-swatch'

/** A caption paragraph: a short lead in bold ("Source:", "Estimate method:") and its text. */
export interface CaptionParagraph {
  lead: string
  text: string
}

export interface ImageCaption {
  title: string
  subtitle: string
  /**
   * One line per figure: "World, 2016: at least 2.5 million people (Lower bound (at least))",
   * with the value alone so a drawing that already writes it need not repeat the line.
   */
  figures: { text: string; value: string }[]
  /** Under a chart: how each kind of estimate it draws looks, as in the legend on screen. */
  legend: { kind: EstimateKind; text: string }[]
  /** Coverage statements, without repeats; prefixed by the figure when they differ. */
  coverage: CaptionParagraph[]
  /**
   * Notes about the view, not about any one figure: the comparability guard, changes within a
   * series, places not drawn. Never a figure's caveat (they would travel with it on re-import).
   */
  notes: CaptionParagraph[]
  /** The "Source:" lines of the figures, without repeats. */
  sources: CaptionParagraph[]
  /** One line per imported file behind the figures: "Imported: Imported from x.csv on … (Jamaica, 2018)". */
  origins: CaptionParagraph[]
  /** "Caveats:" */
  caveatsHeading: string
  /** Every caveat in full, led by its type; a caveat that holds for only some figures names them. */
  caveats: CaptionParagraph[]
  /** "Notes on this view (about this filter, not caveats of the figure):" */
  viewNotesHeading: string
  /** Why aggregates are shown under this filter; drawn apart from the caveats, never among them. */
  viewNotes: CaptionParagraph[]
  /** "Retrieved on 27 November 2026 from https://…" */
  retrieved: string
  /** "Dataset version 1.0.0"; empty when the version is not known. */
  version: string
  /** The dashboard's name, as on screen. */
  credit: string
  /** A short text alternative for the image as a whole. */
  label: string
  /** The text alternative to paste beside the image in a document: what, the values, the source. */
  altText: string
}

/** The caption reads the same inputs as the citation (one view, one moment, one language), and the view's notes. */
export type CaptionInput = CitationInput & {
  notes?: string[]
  /** The drawing explains its own marks (the line chart draws its legend), so the caption adds none. */
  drawingHasLegend?: boolean
  /** The loaded dataset's version, named in every export. */
  datasetVersion?: string
}

function figureLabel(d: FigureDescription): string {
  return `${d.placeName.text}, ${d.period}`
}

function unique(items: string[]): string[] {
  return [...new Set(items)]
}

/** Splits "Lead: text" as the catalogue writes it, so the lead can be set in bold. */
function leadOf(
  key: string,
  vars: Record<string, string>,
  textVar: string,
  t: Translate,
): CaptionParagraph {
  const lead = t(key, { ...vars, [textVar]: '' }).trim()
  const whole = t(key, vars)
  return whole.startsWith(lead)
    ? { lead, text: whole.slice(lead.length).trim() }
    : { lead: '', text: whole }
}

function caveatParagraph(caveat: DisplayCaveat, t: Translate): CaptionParagraph {
  const text = withLanguageMark(caveat.text, caveat.fallbackLang)
  return leadOf('export.caveatEntry', { type: t(`caveatType.${caveat.type}`), text }, 'text', t)
}

function collectCaveats(
  descriptions: FigureDescription[],
  lang: Language,
  t: Translate,
): CaptionParagraph[] {
  const appliesTo = new Map<string, { paragraph: CaptionParagraph; figures: string[] }>()
  for (const d of descriptions) {
    for (const caveat of d.caveats) {
      const paragraph = caveatParagraph(caveat, t)
      const key = `${paragraph.lead}\u0000${paragraph.text}`
      const entry = appliesTo.get(key) ?? { paragraph, figures: [] }
      entry.figures.push(figureLabel(d))
      appliesTo.set(key, entry)
    }
  }
  return [...appliesTo.values()].map(({ paragraph, figures }) => {
    if (figures.length === descriptions.length) return paragraph
    const names = new Intl.ListFormat(lang, { type: 'conjunction' }).format(unique(figures))
    return {
      lead: paragraph.lead,
      text: t('export.caption.appliesTo', { caveat: paragraph.text, figures: names }),
    }
  })
}

function originParagraphs(
  descriptions: FigureDescription[],
  lang: Language,
  t: Translate,
): CaptionParagraph[] {
  const byLabel = new Map<string, string[]>()
  for (const d of descriptions) {
    if (!d.imported) continue
    const figures = byLabel.get(d.imported.label) ?? []
    figures.push(figureLabel(d))
    byLabel.set(d.imported.label, figures)
  }
  const lead = t('export.caption.imported')
  return [...byLabel].map(([label, figures]) => ({
    lead,
    text:
      figures.length === descriptions.length
        ? label
        : t('export.caption.appliesTo', {
            caveat: label,
            figures: new Intl.ListFormat(lang, { type: 'conjunction' }).format(unique(figures)),
          }),
  }))
}

/**
 * Each distinct text once: alone when it holds for every figure, else with the figures it
 * applies to ("… (for Jamaica, 2021 and Haiti, 2021)"), so a shared statement is written once.
 */
function groupByFigures(
  items: { text: string; figure: string }[],
  figureCount: number,
  lang: Language,
  t: Translate,
): string[] {
  const byText = new Map<string, string[]>()
  for (const { text, figure } of items) byText.set(text, [...(byText.get(text) ?? []), figure])
  return [...byText].map(([text, figures]) =>
    figures.length === figureCount
      ? text
      : t('export.caption.appliesTo', {
          caveat: text,
          figures: new Intl.ListFormat(lang, { type: 'conjunction' }).format(unique(figures)),
        }),
  )
}

function sourceParagraph(sourceLine: string, t: Translate): CaptionParagraph {
  const lead = t('source.label')
  return sourceLine.startsWith(lead)
    ? { lead, text: sourceLine.slice(lead.length).trim() }
    : { lead: '', text: sourceLine }
}

export function buildImageCaption({
  title,
  subtitle,
  descriptions,
  link,
  now,
  lang,
  t,
  notes = [],
  drawingHasLegend = false,
  datasetVersion,
}: CaptionInput): ImageCaption {
  const coverageLead = t('export.caption.coverage')
  return {
    title,
    subtitle,
    figures: descriptions.map((d) => ({
      text: t(d.imported ? 'export.caption.importedFigure' : 'export.caption.figure', {
        place: d.placeName.text,
        year: d.period,
        value: d.valueWithUnit,
        kind: d.estimateKindLabel,
      }),
      value: d.value,
    })),
    legend: legendOrder
      .filter(() => !drawingHasLegend)
      .filter((kind) => descriptions.some((d) => d.estimateKind === kind))
      .map((kind) => ({ kind, text: t(`dashboard.chart.legendItem.${kind}`) })),
    coverage: groupByFigures(
      descriptions.map((d) => ({ text: d.coverage, figure: figureLabel(d) })),
      descriptions.length,
      lang,
      t,
    ).map((text) => ({ lead: coverageLead, text })),
    notes: notes.map((text) => ({ lead: t('export.caption.note'), text })),
    sources: unique(descriptions.map((d) => d.sourceLine)).map((line) => sourceParagraph(line, t)),
    origins: originParagraphs(descriptions, lang, t),
    caveatsHeading: t('export.caption.caveats'),
    caveats: collectCaveats(descriptions, lang, t),
    viewNotesHeading: t('export.caption.viewNotes'),
    viewNotes: unique(descriptions.flatMap((d) => d.viewNotes.map((n) => n.text))).map((text) => ({
      lead: '',
      text,
    })),
    retrieved: t('export.caption.retrieved', { date: formatRetrievalDate(now, lang), link }),
    version: datasetVersion ? t('export.caption.version', { version: datasetVersion }) : '',
    credit: t('export.caption.credit'),
    label: t('export.caption.imageLabel', { title, subtitle }),
    altText: [
      t('export.caption.imageLabel', { title, subtitle }),
      ...descriptions.map((d) =>
        t(d.imported ? 'export.caption.importedFigure' : 'export.caption.figure', {
          place: d.placeName.text,
          year: d.period,
          value: d.valueWithUnit,
          kind: d.estimateKindLabel,
        }),
      ),
      ...unique(descriptions.map((d) => d.sourceLine)),
    ]
      .map((part) => part.replace(/[.\s]+$/, ''))
      .join('. ')
      .concat('.'),
  }
}
