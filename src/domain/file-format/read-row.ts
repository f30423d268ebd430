// One row of the file -> one figure, or the reasons it cannot be one. Cells that repeat across
// rows (caveats, coverage, producer) are read once and their result shared, which keeps a
// 100,000-row import fast and small in memory.
import {
  MAX_TEXT_LENGTH,
  type Caveat,
  type Coverage,
  type Figure,
  type Indicator,
  type LocalizedText,
} from '@/domain/dataset-schema'
import type { ColumnId } from '@/domain/file-format/columns'
import {
  isNotStated,
  readCaveats,
  readEstimateKind,
  readLocalized,
  readNumber,
  readUnit,
  readYear,
  type CellResult,
} from '@/domain/file-format/read-cells'
import {
  combineCoverage,
  readCoverage,
  readReportingUnits,
} from '@/domain/file-format/read-coverage'
import { readTime } from '@/domain/file-format/read-period'
import {
  readAddress,
  readDate,
  readEvidence,
  readPerson,
  readTheme,
} from '@/domain/file-format/read-source'
import {
  buildEstimate,
  checkCounts,
  fromFile,
  readCurrency,
  type RowProblem,
} from '@/domain/file-format/row-values'
import type { Table } from '@/domain/file-format/table'
import { unguardCell, valueColumnIsNumber } from '@/domain/file-format/write-cells'
import type { Translators } from '@/domain/translate'

/** Turns a row's names and codes into the dashboard's records (the importer's RecordResolver). */
export interface RecordLookup {
  /** The indicator's id; a new indicator needs a theme, from its column or its name. */
  indicator(text: string, theme: Indicator['theme'] | null): CellResult<string>
  /** The geography's code: one the dashboard has, or an ISO 3166-1 alpha-3 country code. */
  geography(code: string, nameInFile: string): CellResult<string>
  document(
    title: string,
    publisher: string,
    details: { date: string | null; url: string | null; place: string | null },
  ): string
  person(person: { name: string; role: string | null }, documentId: string): string
}

// Columns of free text, bounded as the schema bounds the text they become.
const textColumns: readonly ColumnId[] = [
  'indicator',
  'geographyName',
  'unit',
  'coverage',
  'sourceDocument',
  'publisher',
  'place',
  'originalProducer',
  'quotedPerson',
]

/** A figure whose id is still '' (the caller assigns it), or the row's problems. */
export type RowResult =
  { ok: true; figure: Figure; figureId: string } | { ok: false; problems: RowProblem[] }

function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    let hit = cache.get(text)
    if (hit === undefined && !cache.has(text)) {
      hit = read(text)
      if (cache.size < 50_000) cache.set(text, hit)
    }
    return hit as T
  }
}

/**
 * A reader of the table's current row; keeps the caches of repeated cells. `currencyCodes` are the
 * codes a figure may be given in.
 */
export function createRowReader(
  table: Table,
  records: RecordLookup,
  currencyCodes: readonly string[],
  tr: Translators,
) {
  const lang = table.fileLang
  const caveatsOf = memo((t) => readCaveats(t, lang, tr))
  const coverageOf = memo((t): Coverage => readCoverage(t, lang, tr))
  const unitsOf = memo((t) => readReportingUnits(t, tr))
  const producerOf = memo((t): LocalizedText | null =>
    isNotStated(t, tr) ? null : readLocalized(t.trim(), lang),
  )
  const dateOf = memo((t) => readDate(t, tr))
  const addressOf = memo((t) => readAddress(t, tr))
  const evidenceOf = memo((t) => readEvidence(t, tr))
  const yearOf = memo(readYear)
  const kindOf = memo((t) => readEstimateKind(t, tr))
  const unitOf = memo((t) => readUnit(t, tr))
  const themeOf = memo((t) => readTheme(t, tr))
  const personOf = memo((t) => readPerson(t, tr))
  const currencies = new Set(currencyCodes)
  // Figures of one document with the same producer, person or evidence share one object, as
  // repeated cells do: fewer objects to store, copy to the page and collect.
  const sources = new Map<string, Map<LocalizedText | null, Map<string | null, Figure['source']>>>()
  const sourceFor = (
    documentId: string,
    originalProducer: LocalizedText | null,
    quotedPersonId: string | null,
  ): Figure['source'] => {
    let byProducer = sources.get(documentId)
    if (!byProducer) sources.set(documentId, (byProducer = new Map()))
    let byPerson = byProducer.get(originalProducer)
    if (!byPerson) byProducer.set(originalProducer, (byPerson = new Map()))
    let source = byPerson.get(quotedPersonId)
    if (!source)
      byPerson.set(quotedPersonId, (source = { documentId, originalProducer, quotedPersonId }))
    return source
  }
  const evidences = new Map<string, Map<object, NonNullable<Figure['evidence']>>>()
  const evidenceFor = (
    documentId: string,
    evidence: { paragraph: number; quote: string },
  ): NonNullable<Figure['evidence']> => {
    let byText = evidences.get(documentId)
    if (!byText) evidences.set(documentId, (byText = new Map()))
    let shared = byText.get(evidence)
    if (!shared) byText.set(evidence, (shared = { documentId, ...evidence }))
    return shared
  }

  // The row being read. The helpers below are made once, not once per row: a 100,000-row file
  // would otherwise make 300,000 closures.
  let problems: RowProblem[] = []
  const get = (column: ColumnId) => unguardCell(table.cell(column))
  const take = <T>(column: ColumnId, result: CellResult<T>, value?: string): T | undefined => {
    if (result.ok) return result.value
    problems.push({ column, value: value ?? get(column), reason: result.reason })
    return undefined
  }
  // Most files give only a year: that stays one cached lookup per row.
  const readTimeOfRow = (): Pick<Figure, 'year' | 'period'> | undefined => {
    const period = get('period')
    const periodStart = get('periodStart')
    const periodEnd = get('periodEnd')
    if (period === '' && periodStart === '' && periodEnd === '') {
      const year = take('year', yearOf(get('year')))
      return year === undefined ? undefined : { year }
    }
    const result = readTime({ year: get('year'), period, periodStart, periodEnd })
    if (result.ok) return result.time
    problems.push({ column: result.column, value: result.value, reason: result.reason })
    return undefined
  }
  const required = (column: ColumnId): string | undefined => {
    const value = get(column).trim()
    if (value === '')
      problems.push({ column, value: '', reason: { key: 'import.reason.required' } })
    return value || undefined
  }

  return function readRow(): RowResult {
    problems = []
    // A row that did not split into its cells: its cells say nothing, the reason says it all.
    const fileIssues = table.rowIssues()
    if (fileIssues.some((issue) => issue.wholeRow))
      return { ok: false, problems: fileIssues.map(fromFile) }
    for (const column of textColumns) {
      const text = get(column)
      if (text.length > MAX_TEXT_LENGTH)
        problems.push({
          column,
          value: text,
          reason: { key: 'validation.tooLong', vars: { maximum: MAX_TEXT_LENGTH } },
        })
    }
    const indicatorText = required('indicator')
    const geographyText = required('geographyCode')
    const time = readTimeOfRow()
    const year = time?.year
    const kind = take('estimateKind', kindOf(get('estimateKind')))
    const valueText = get('value')
    const lowText = get('low')
    // The value "as displayed" is text beside the numbers in `low` and `high` (write-cells.ts).
    const value = valueColumnIsNumber(lowText) ? take('value', readNumber(valueText)) : null
    const low = take('low', readNumber(lowText))
    const high = take('high', readNumber(get('high')))
    const unit = take('unit', unitOf(get('unit')))
    if (unit !== undefined) checkCounts(unit, { value, low, high }, problems, get)
    const currency = readCurrency(get('currency'), unit, currencies, problems)
    const caveats = take('caveats', caveatsOf(get('caveats')))
    const title = required('sourceDocument')
    const publisher = required('publisher')
    const date = take('date', dateOf(get('date')))
    const url = take('address', addressOf(get('address')))
    const evidence = take('evidence', evidenceOf(get('evidence')))
    const theme = take('theme', themeOf(get('theme')))
    const reportingUnits = take('reportingUnits', unitsOf(get('reportingUnits')))
    const estimate =
      kind && value !== undefined && low !== undefined && high !== undefined
        ? buildEstimate(kind, value, low, high, problems, get)
        : undefined
    // Places and indicators are resolved even when other cells failed, so every problem of the row is listed.
    const indicatorId = indicatorText
      ? take('indicator', records.indicator(indicatorText, theme ?? null), indicatorText)
      : undefined
    const geographyCode = geographyText
      ? take('geographyCode', records.geography(geographyText, get('geographyName')), geographyText)
      : undefined
    const valuesNotText = table.rowIssues()
    if (valuesNotText.length > 0) {
      // A JSON value that is not text reads as an empty cell: its own problem replaces "is empty".
      const named = new Set(valuesNotText.map((issue) => issue.column))
      problems = problems.filter(
        (p) => !(p.column && p.value === '' && named.has(table.columnName(p.column))),
      )
      for (const issue of valuesNotText) problems.push(fromFile(issue))
    }
    if (
      problems.length > 0 ||
      !indicatorId ||
      !geographyCode ||
      year === undefined ||
      !estimate ||
      !unit ||
      !caveats ||
      !title ||
      !publisher ||
      date === undefined ||
      url === undefined ||
      evidence === undefined
    ) {
      return { ok: false, problems }
    }
    const place = get('place').trim() || null
    const documentId = records.document(title, publisher, { date, url, place })
    const person = personOf(get('quotedPerson'))
    const figure: Figure = {
      id: '',
      indicatorId,
      geographyCode,
      year,
      ...(time?.period ? { period: time.period } : {}),
      estimate,
      unit,
      ...(currency ? { currency } : {}),
      coverage: combineCoverage(coverageOf(get('coverage')), reportingUnits ?? null, tr),
      caveats: caveats.caveats as Caveat[],
      ...(caveats.noCaveatStated ? { noCaveatStated: true } : {}),
      source: sourceFor(
        documentId,
        producerOf(get('originalProducer')),
        person ? records.person(person, documentId) : null,
      ),
      ...(evidence ? { evidence: evidenceFor(documentId, evidence) } : {}),
    }
    return { ok: true, figure, figureId: get('figureId').trim() }
  }
}
