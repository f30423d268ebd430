// The columns of the import format (docs/import-format.md). A column is recognised by its
// header text, in English or Spanish (exactly the headers the dashboard's CSV export writes), by
// a machine name, or by an HXL hashtag in the row under the header.
import { foldText } from '@/domain/fold-text'

/** Column ids; the same names the export feature uses for its columns. */
export const columnIds = [
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
  // Recognised so the export's own column is known, and never read: a note of the view is no
  // caveat of the figure (domain/view-notes.ts).
  'viewNotes',
] as const
export type ColumnId = (typeof columnIds)[number]

/** Columns every file must have. The value needs `value` or `low`, the year may be read from the period; both checked separately. */
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

/** Header texts per column: English and Spanish export headers first, then accepted synonyms. */
export const columnHeaders: Record<ColumnId, { en: string; es: string; more: string[] }> = {
  figureId: { en: 'figure id', es: 'id de la cifra', more: ['id', 'figure_id'] },
  indicator: { en: 'indicator', es: 'indicador', more: [] },
  theme: { en: 'theme', es: 'tema', more: [] },
  geographyCode: {
    en: 'geography code',
    es: 'código geográfico',
    more: ['geography_code', 'country code', 'iso3', 'código de país'],
  },
  geographyName: {
    en: 'geography name',
    es: 'nombre geográfico',
    more: ['geography_name', 'country', 'país'],
  },
  geographyLevel: { en: 'geography level', es: 'nivel geográfico', more: ['geography_level'] },
  year: { en: 'year', es: 'año', more: [] },
  period: { en: 'period', es: 'periodo', more: [] },
  periodStart: {
    en: 'period start',
    es: 'inicio del periodo',
    more: ['period_start', 'first month', 'primer mes'],
  },
  periodEnd: {
    en: 'period end',
    es: 'fin del periodo',
    more: ['period_end', 'last month', 'último mes'],
  },
  estimateKind: { en: 'estimate kind', es: 'tipo de estimación', more: ['estimate_kind', 'kind'] },
  value: { en: 'value (as displayed)', es: 'valor (como se muestra)', more: ['value', 'valor'] },
  low: { en: 'low', es: 'mínimo', more: [] },
  high: { en: 'high', es: 'máximo', more: [] },
  unit: { en: 'unit', es: 'unidad', more: [] },
  currency: { en: 'currency', es: 'moneda', more: [] },
  coverage: { en: 'coverage', es: 'cobertura', more: [] },
  reportingUnits: { en: 'reporting units', es: 'unidades informantes', more: ['reporting_units'] },
  caveats: { en: 'caveats', es: 'advertencias', more: [] },
  sourceDocument: {
    en: 'source document',
    es: 'documento fuente',
    more: ['source_document', 'source', 'fuente'],
  },
  publisher: { en: 'publisher', es: 'editor', more: [] },
  place: { en: 'place', es: 'lugar', more: ['place of publication'] },
  date: { en: 'date', es: 'fecha', more: ['publication date', 'fecha de publicación'] },
  address: { en: 'address', es: 'dirección', more: ['url'] },
  originalProducer: {
    en: 'original producer',
    es: 'productor original',
    more: ['original_producer'],
  },
  quotedPerson: { en: 'quoted person', es: 'persona citada', more: ['quoted_person'] },
  evidence: { en: 'evidence', es: 'evidencia', more: [] },
  origin: { en: 'origin', es: 'origen', more: [] },
  viewNotes: {
    en: 'notes on this view (not caveats)',
    es: 'notas de esta vista (no son advertencias)',
    more: ['view notes'],
  },
}

/** HXL hashtags per column (attributes in any order). */
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
  viewNotes: ['#meta+viewnote'],
}

/** Lower case, single spaces, no byte-order mark: how headers are compared. */
function normalizeHeader(text: string): string {
  return foldText(text.replace(/^\uFEFF/, '').replaceAll('_', ' '))
}

/** "#Indicator +Value+num" -> "#indicator+num+value": attributes sorted, case and spaces dropped. */
export function normalizeHashtag(text: string): string {
  const [tag = '', ...attributes] = text.replace(/\s+/g, '').toLowerCase().split('+')
  return [tag, ...attributes.filter(Boolean).sort()].join('+')
}

const byHeader = new Map<string, { id: ColumnId; lang: 'en' | 'es' | null }>()
const byHashtag = new Map<string, ColumnId>()
for (const id of columnIds) {
  byHeader.set(normalizeHeader(id), { id, lang: null })
  for (const more of columnHeaders[id].more) byHeader.set(normalizeHeader(more), { id, lang: null })
  for (const tag of columnHashtags[id]) byHashtag.set(normalizeHashtag(tag), id)
}
// The export's own headers last, so they win and also tell the file's language.
for (const id of columnIds) byHeader.set(normalizeHeader(columnHeaders[id].en), { id, lang: 'en' })
for (const id of columnIds) byHeader.set(normalizeHeader(columnHeaders[id].es), { id, lang: 'es' })

/** The column a header text names, and the language it is written in; null when unknown. */
export function columnForHeader(text: string): { id: ColumnId; lang: 'en' | 'es' | null } | null {
  return byHeader.get(normalizeHeader(text)) ?? null
}

/** The column an HXL hashtag names; null when unknown. */
export function columnForHashtag(text: string): ColumnId | null {
  return byHashtag.get(normalizeHashtag(text)) ?? null
}

/** True when a row is an HXL hashtag row: every non-empty cell starts with "#", and one does. */
export function isHashtagRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean)
  return filled.length > 0 && filled.every((c) => c.startsWith('#'))
}
