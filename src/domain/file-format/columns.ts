// The dashboard's file format (CSV, the Excel data sheet, the full dataset, JSON): its columns,
// their headers in English and Spanish (from the catalogues) and HXL hashtags, and the reader of
// a file's headers. The exports write this table (write-cells.ts) and the importer reads it back
// (read-*.ts), so that an exported file imports back unchanged by construction.
import { foldText } from '@/domain/fold-text'
import { languages, type Language, type Translate, type Translators } from '@/domain/translate'

/** Every column of the format. */
export const formatColumns = [
  'figureId',
  'indicator',
  'theme',
  'geographyCode',
  'geographyName',
  'geographyLevel',
  'year',
  'period',
  'periodStart',
  'periodEnd',
  'estimateKind',
  'value',
  'low',
  'high',
  'unit',
  'currency',
  'coverage',
  'reportingUnits',
  'caveats',
  'sourceDocument',
  'publisher',
  'place',
  'date',
  'address',
  'originalProducer',
  'quotedPerson',
  'evidence',
  'origin',
  // Written so that every exported table names the version of the built-in data it was made
  // from, and never read: the importer takes a figure's origin from the file it comes in.
  'datasetVersion',
  // Written so a view's notes travel with the file, and never read: a note of the view is no
  // caveat of the figure (domain/view-notes.ts).
  'viewNotes',
] as const
export type ColumnId = (typeof formatColumns)[number]

/** Columns of the displayed-data CSV and of the Excel data sheet, in order. */
export const displayedColumns = [
  'indicator',
  'geographyCode',
  'geographyName',
  'year',
  'period',
  'periodStart',
  'periodEnd',
  'estimateKind',
  'value',
  'low',
  'high',
  'unit',
  'currency',
  'coverage',
  'reportingUnits',
  'caveats',
  'sourceDocument',
  'publisher',
  'place',
  'date',
  'address',
  'originalProducer',
  'quotedPerson',
  'evidence',
  'origin',
  'datasetVersion',
  'viewNotes',
] as const satisfies readonly ColumnId[]

/** The full dataset adds the figure's id and the place's level; it is no view, so it has no view notes. */
export const fullDatasetColumns = [
  'figureId',
  ...displayedColumns.slice(0, 3),
  'geographyLevel',
  ...displayedColumns.slice(3, -1),
] as const satisfies readonly ColumnId[]

/** The columns the exports write (the importer also reads `theme`). */
export type ExportColumn = (typeof displayedColumns)[number] | (typeof fullDatasetColumns)[number]

/** Columns a file must have. The value needs `value` or `low`, and a period may state the year: both checked apart. */
export const requiredColumns: readonly ColumnId[] = [
  'indicator',
  'geographyCode',
  'year',
  'estimateKind',
  'unit',
  'caveats',
  'sourceDocument',
  'publisher',
]

/** A column's header as the export writes it, in the translator's language. */
export function columnHeader(column: ColumnId, t: Translate): string {
  return t(`export.column.${column}`)
}

/** Other headers a person's file may use for a column (the machine name is always accepted). */
const columnSynonyms: Partial<Record<ColumnId, string[]>> = {
  figureId: ['id'],
  geographyCode: ['country code', 'iso3', 'código de país'],
  geographyName: ['country', 'país'],
  periodStart: ['first month', 'primer mes'],
  periodEnd: ['last month', 'último mes'],
  estimateKind: ['kind'],
  value: ['value', 'valor'],
  sourceDocument: ['source', 'fuente'],
  place: ['place of publication'],
  date: ['publication date', 'fecha de publicación'],
  address: ['url'],
  datasetVersion: ['dataset version', 'version'],
  viewNotes: ['view notes'],
}

/** HXL hashtags per column (attributes in any order); the first is the one a generated file writes. */
export const columnHashtags: Record<ColumnId, string[]> = {
  figureId: ['#meta+id'],
  indicator: ['#indicator', '#indicator+name', '#indicator+code'],
  theme: ['#indicator+theme'],
  geographyCode: ['#country+code', '#geo+code', '#region+code'],
  geographyName: ['#country+name', '#geo+name', '#region+name'],
  geographyLevel: ['#geo+level'],
  year: ['#date+year', '#date'],
  period: ['#date+period'],
  periodStart: ['#date+start'],
  periodEnd: ['#date+end'],
  estimateKind: ['#indicator+kind', '#meta+estimate'],
  value: ['#indicator+value+num', '#indicator+value', '#indicator+num'],
  low: ['#indicator+low+num', '#indicator+low', '#indicator+min+num'],
  high: ['#indicator+high+num', '#indicator+high', '#indicator+max+num'],
  unit: ['#indicator+unit', '#meta+unit'],
  currency: ['#currency', '#currency+code'],
  coverage: ['#meta+coverage'],
  reportingUnits: ['#meta+coverage+units'],
  caveats: ['#meta+caveats', '#meta+caveat'],
  sourceDocument: ['#meta+source', '#meta+source+title'],
  publisher: ['#org+publisher', '#meta+publisher'],
  place: ['#meta+place'],
  date: ['#date+published', '#meta+date'],
  address: ['#meta+url'],
  originalProducer: ['#org+producer', '#meta+producer'],
  quotedPerson: ['#meta+quoted', '#contact+name'],
  evidence: ['#meta+evidence'],
  origin: ['#meta+origin'],
  datasetVersion: ['#meta+version'],
  viewNotes: ['#meta+viewnote'],
}

/** How headers are compared: folded (foldText), without a byte-order mark, "_" as a space. */
function headerKey(text: string): string {
  return foldText(text.replace(/^\uFEFF/, '').replaceAll('_', ' '))
}

/** "#Indicator +Value+num" -> "#indicator+num+value": attributes sorted, case and spaces dropped. */
export function normalizeHashtag(text: string): string {
  const [tag = '', ...attributes] = text.replace(/\s+/g, '').toLowerCase().split('+')
  return [tag, ...attributes.filter(Boolean).sort()].join('+')
}

const byHashtag = new Map<string, ColumnId>()
for (const id of formatColumns)
  for (const tag of columnHashtags[id]) byHashtag.set(normalizeHashtag(tag), id)

/** The column an HXL hashtag names; null when unknown. */
export function columnForHashtag(text: string): ColumnId | null {
  return byHashtag.get(normalizeHashtag(text)) ?? null
}

/** True when a row is an HXL hashtag row: every non-empty cell starts with "#", and one does. */
export function isHashtagRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean)
  return filled.length > 0 && filled.every((c) => c.startsWith('#'))
}

export type HeaderMatch = { id: ColumnId; lang: Language | null }

/**
 * The reader of header texts for translators of both languages: the column a header names and
 * the language it is written in (null for a machine name or synonym), or null when unknown.
 */
export function headerReader(translators: Translators): (text: string) => HeaderMatch | null {
  const byHeader = new Map<string, HeaderMatch>()
  for (const id of formatColumns) {
    byHeader.set(headerKey(id), { id, lang: null })
    for (const synonym of columnSynonyms[id] ?? [])
      byHeader.set(headerKey(synonym), { id, lang: null })
  }
  // The export's own headers last, so they win and also tell the file's language.
  for (const lang of languages)
    for (const id of formatColumns)
      byHeader.set(headerKey(columnHeader(id, translators[lang])), { id, lang })
  return (text) => byHeader.get(headerKey(text)) ?? null
}
