// A candidate as the person accepts or edits it, and the accepted drafts written in the import
// format (docs/import-format.md), so that they pass the very same validation, duplicate check and
// storage as a file import. Nothing here decides for the person: it only carries their choices.
import { type ColumnId } from '@/domain/file-format/columns'
import { CELL_SEPARATOR, neutraliseCell } from '@/domain/file-format/write-cells'
import { withLanguageMark } from '@/domain/translate'
import type {
  Candidate,
  DocumentReading,
  ProposedCaveat,
  ProposedEstimate,
  ProposedMetadata,
} from '@/features/documents/model/candidate-types'

export type Decision = 'pending' | 'accepted' | 'rejected'

export interface FigureDraft {
  candidateId: string
  estimate: ProposedEstimate
  unit: string
  currency: string
  year: string
  geographyCode: string
  indicator: string
  coverage: string
  reportingUnits: string
  caveats: ProposedCaveat[]
  quotedPerson: string
  originalProducer: string
  paragraph: number
  quote: string
}

/** The longest evidence quote the data model keeps. */
export const MAX_QUOTE = 400

/** The sentence, or where it is too long, the words around the number (still verbatim). */
export function evidenceQuote(c: Candidate): string {
  if (c.quote.length <= MAX_QUOTE) return c.quote
  const at = c.numberStart - c.quoteStart
  let start = Math.max(0, at - 150)
  let end = Math.min(c.quote.length, start + MAX_QUOTE)
  // Cut at spaces, never inside a word.
  if (start > 0) start = c.quote.indexOf(' ', start) + 1
  if (end < c.quote.length) end = c.quote.lastIndexOf(' ', end)
  return c.quote.slice(start, end)
}

export function draftFromCandidate(c: Candidate): FigureDraft {
  return {
    candidateId: c.id,
    estimate: c.estimate,
    unit: c.unit ?? '',
    currency: c.currency ?? '',
    year: c.year === null ? '' : String(c.year),
    geographyCode: c.places[0]?.code ?? '',
    indicator: c.indicatorId ?? '',
    coverage: c.coverage?.statement ?? '',
    reportingUnits: c.coverage?.count ? String(c.coverage.count) : '',
    caveats: c.caveats,
    quotedPerson: c.quotedPerson ?? '',
    originalProducer: c.originalStudy ?? '',
    paragraph: c.paragraph,
    quote: evidenceQuote(c),
  }
}

/** Drafts whose quote is not, word for word, in the paragraph they cite. */
export function quotesNotInDocument(
  drafts: FigureDraft[],
  reading: DocumentReading,
): FigureDraft[] {
  return drafts.filter((d) => {
    const paragraph = reading.document.paragraphs[d.paragraph - 1]
    return !paragraph || d.quote.trim() === '' || !paragraph.text.includes(d.quote)
  })
}

/** The columns this file fills, all of the dashboard's file format (domain/file-format/columns.ts). */
const COLUMNS = [
  'indicator',
  'theme',
  'geographyCode',
  'year',
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
] as const satisfies readonly ColumnId[]

/** A quoted CSV cell, guarded so that a spreadsheet never runs it as a formula. */
function cell(value: string): string {
  return `"${neutraliseCell(value).replace(/"/g, '""')}"`
}

/** A text marked with its language (" [es]"), so the importer files it under the right one. */
function marked(text: string, lang: string): string {
  return withLanguageMark(text, lang === 'en' || lang === 'es' ? lang : undefined)
}

export interface CsvContext {
  metadata: ProposedMetadata
  /** The interface language: caveats are written in it. */
  lang: 'en' | 'es'
  /** The theme of a new indicator when its unit does not say (returns are returns). */
  theme: 'smuggling' | 'returns' | ''
  evidenceLabel: (paragraph: number, quote: string) => string
  noneStated: string
}

function row(d: FigureDraft, c: CsvContext): Record<(typeof COLUMNS)[number], string> {
  const e = d.estimate
  const m = c.metadata
  const caveats = d.caveats.map((x) => `${x.type}: ${marked(x.text[c.lang], c.lang)}`)
  return {
    indicator: d.indicator,
    theme: d.unit === 'returns' ? 'returns' : c.theme,
    geographyCode: d.geographyCode,
    year: d.year,
    estimateKind: e.kind,
    value: e.kind === 'range' ? '' : String(e.value),
    low: e.kind === 'range' ? String(e.low) : '',
    high: e.kind === 'range' ? String(e.high) : '',
    unit: d.unit,
    currency: d.unit === 'currency' ? d.currency : '',
    coverage: d.coverage ? marked(d.coverage, m.language) : '',
    reportingUnits: d.reportingUnits,
    caveats: caveats.length > 0 ? caveats.join(CELL_SEPARATOR) : c.noneStated,
    sourceDocument: marked(m.title, m.language),
    publisher: m.publisher ?? '',
    place: m.place ?? '',
    date: m.date ?? '',
    address: m.address ?? '',
    originalProducer: d.originalProducer ? marked(d.originalProducer, m.language) : '',
    quotedPerson: d.quotedPerson,
    evidence: c.evidenceLabel(d.paragraph, d.quote),
  }
}

export function draftsToCsv(drafts: FigureDraft[], context: CsvContext): string {
  const lines = [COLUMNS.join(',')]
  for (const d of drafts) {
    const r = row(d, context)
    lines.push(COLUMNS.map((k) => cell(r[k])).join(','))
  }
  return lines.join('\r\n') + '\r\n'
}

/** The file's name carries the document's fingerprint: the provenance the import stores. */
export function draftsFileName(metadata: ProposedMetadata, fingerprint: string): string {
  const stem = metadata.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50)
  return `${stem || 'document'}.sha256-${fingerprint}.csv`
}
