// The Excel exports as plain data (sheet names, rows, column widths), so they are tested
// without the spreadsheet library; lib/xlsx-file.ts turns them into a file on demand.
import type { DatasetIndex } from '@/domain/dataset-index'
import type { FigureDescription } from '@/domain/figure-description'
import { localize, markedText, type Language, type Translate } from '@/domain/translate'
import {
  buildCitation,
  buildDatasetCitation,
  formatRetrievalDate,
} from '@/features/export/model/citation'
import {
  displayedColumns,
  fullDatasetColumns,
  type ExportColumn,
} from '@/domain/file-format/columns'
import { formatCaveat, neutraliseRow, type Cell } from '@/domain/file-format/write-cells'
import { figureTable } from '@/features/export/model/figure-rows'

export interface SheetSpec {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules). */
  name: string
  rows: Cell[][]
  /** Width of each column in characters. */
  columnWidths: number[]
  /** Columns (0-based) holding large numbers, shown with thousands separators. */
  numberColumns: number[]
}

export interface WorkbookInput {
  descriptions: FigureDescription[]
  title: string
  subtitle: string
  link: string
  now: Date
  lang: Language
  t: Translate
  /** The loaded dataset's version (empty when not known). */
  datasetVersion?: string
}

const MAX_COLUMN_WIDTH = 60

export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31)
}

function widthsOf(rows: Cell[][]): number[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, i) => {
      const length = cell === null ? 0 : String(cell).length
      widths[i] = Math.min(MAX_COLUMN_WIDTH, Math.max(widths[i] ?? 8, length + 2))
    })
  }
  return widths
}

function sheet(name: string, rows: Cell[][], numberColumns: number[] = []): SheetSpec {
  return { name: sheetName(name), rows, columnWidths: widthsOf(rows), numberColumns }
}

function boundColumns(columns: readonly ExportColumn[]): number[] {
  return columns.flatMap((c, i) => (c === 'low' || c === 'high' ? [i] : []))
}

/** Rows "figure | item | text": each figure's coverage, every caveat, its source and evidence. */
function notesRows(descriptions: FigureDescription[], t: Translate): Cell[][] {
  const rows: Cell[][] = [
    [t('export.notesSheet.figure'), t('export.notesSheet.item'), t('export.notesSheet.text')],
  ]
  for (const d of descriptions) {
    const figure = `${markedText(d.indicatorName)}, ${markedText(d.placeName)}, ${d.period}: ${d.valueWithUnit}`
    rows.push([figure, t('export.notesSheet.itemCoverage'), d.coverage])
    for (const caveat of d.caveats)
      rows.push([figure, t(`caveatType.${caveat.type}`), formatCaveat(caveat, t)])
    for (const note of d.viewNotes)
      rows.push([figure, t('export.notesSheet.itemViewNote'), note.text])
    rows.push([figure, t('export.notesSheet.itemSource'), d.sourceLine])
    if (d.imported) rows.push([figure, t('export.notesSheet.itemOrigin'), d.imported.label])
    rows.push([figure, t('export.notesSheet.itemOriginalProducer'), d.source.originalProducer])
    rows.push([
      figure,
      t('export.notesSheet.itemQuoted'),
      d.source.quoted ?? t('export.nobodyQuoted'),
    ])
    rows.push([
      figure,
      t('export.notesSheet.itemEvidence'),
      d.source.evidence ?? t('export.notStated'),
    ])
  }
  return rows.map(neutraliseRow)
}

/** The figures shown: a data sheet and a "Sources and caveats" sheet headed by the citation. */
export function buildFiguresWorkbook(input: WorkbookInput): SheetSpec[] {
  const { descriptions, title, subtitle, link, now, lang, t } = input
  const head: Cell[][] = [
    [t('export.notesSheet.title'), title],
    [t('export.notesSheet.subtitle'), subtitle],
    [t('export.notesSheet.retrieved'), formatRetrievalDate(now, lang)],
    [t('export.notesSheet.link'), link],
    ...(input.datasetVersion
      ? [[t('export.notesSheet.datasetVersion'), input.datasetVersion]]
      : []),
    [t('export.notesSheet.howToCite'), buildCitation(input)],
    [],
  ].map(neutraliseRow)
  return [
    sheet(
      t('export.sheet.data'),
      figureTable(descriptions, displayedColumns, t, input.datasetVersion ?? ''),
      boundColumns(displayedColumns),
    ),
    sheet(t('export.sheet.sourcesAndCaveats'), [...head, ...notesRows(descriptions, t)]),
  ]
}

export interface FullDatasetInput {
  index: DatasetIndex
  /** Every figure of the dataset, described in the chosen language. */
  descriptions: FigureDescription[]
  link: string
  now: Date
  lang: Language
  t: Translate
}

function readmeRows({ index, descriptions, link, now, lang, t }: FullDatasetInput): Cell[][] {
  const version = index.dataset.datasetVersion
  const rows: Cell[][] = [
    [t('export.readme.heading')],
    [],
    [t('export.readme.about')],
    [t('export.readme.rule')],
    [t('export.readme.version', { version })],
    [t('export.readme.retrieved', { date: formatRetrievalDate(now, lang), link })],
    [],
    [t('export.readme.sheetsHeading')],
    [t('export.readme.sheets')],
    [],
    [t('export.readme.columnsHeading')],
    ...fullDatasetColumns.map((c) => [t(`export.column.${c}`), t(`export.columnHelp.${c}`)]),
    [],
    [t('export.readme.citeHeading')],
    [buildDatasetCitation({ version, descriptions, link, now, lang, t })],
    [],
    [t('export.readme.safety')],
  ]
  return rows.map(neutraliseRow)
}

function documentRows(index: DatasetIndex, lang: Language, t: Translate): Cell[][] {
  const columns = [
    'id',
    'title',
    'kind',
    'publisher',
    'place',
    'date',
    'address',
    'language',
  ] as const
  return [
    columns.map((c) => t(`export.documentColumn.${c}`)),
    ...index.dataset.documents.map((d) => [
      d.id,
      localize(d.title, lang),
      d.kind,
      d.publisher,
      d.place ?? t('export.notStated'),
      d.publishedDate ?? t('source.dateNotStated'),
      d.url ?? t('export.noAddress'),
      d.language,
    ]),
  ].map(neutraliseRow)
}

function geographyRows(index: DatasetIndex, lang: Language, t: Translate): Cell[][] {
  const columns = ['code', 'name', 'level', 'definedBy', 'members', 'membershipSource'] as const
  return [
    columns.map((c) => t(`export.geographyColumn.${c}`)),
    ...index.dataset.geographies.map((g) => [
      g.code,
      localize(g.name, lang),
      g.level,
      g.definedBy ?? null,
      g.members ? g.members.join(', ') : null,
      g.membershipSource ? localize(g.membershipSource, lang) : null,
    ]),
  ].map(neutraliseRow)
}

/** Every figure with metadata and a readme: what each column means and how to cite. */
export function buildFullDatasetWorkbook(input: FullDatasetInput): SheetSpec[] {
  const { index, descriptions, lang, t } = input
  const readme = sheet(t('export.sheet.readme'), readmeRows(input))
  return [
    { ...readme, columnWidths: [40, 100] },
    sheet(
      t('export.sheet.data'),
      figureTable(descriptions, fullDatasetColumns, t, index.dataset.datasetVersion),
      boundColumns(fullDatasetColumns),
    ),
    sheet(t('export.sheet.sourcesAndCaveats'), notesRows(descriptions, t)),
    sheet(t('export.sheet.documents'), documentRows(index, lang, t)),
    sheet(t('export.sheet.geographies'), geographyRows(index, lang, t)),
  ]
}
