// From decoded text to a table of cells with known columns, for CSV (with or without an HXL
// hashtag row) and JSON (an array of objects keyed by the same column names).
import Papa from 'papaparse'
import type { Language } from '@/domain/translate'
import {
  columnForHashtag,
  columnHeader,
  headerReader,
  isHashtagRow,
  requiredColumns,
  type ColumnId,
} from '@/domain/file-format'
import { translatorFor } from '@/lib/i18n'
import type { ImportFormat, ImportIssue, MessageRef } from '@/features/import/model/import-types'
import {
  createCsvRowReader,
  hasRegularQuotes,
  isBlankRow,
  type CsvDialect,
} from '@/features/import/model/csv-rows'
import { createCsvByteReader } from '@/features/import/model/csv-bytes'

/**
 * A table whose columns are known, read one data row at a time: `next()` moves to the next row
 * (false after the last), then `cell(column)` is the row's cell text ('' when absent).
 */
export interface Table {
  format: ImportFormat
  fileLang: Language
  next: () => boolean
  /** The current row's number as a person sees it (spreadsheet row or JSON item). */
  rowNumber: () => number
  cell: (column: ColumnId) => string
  /** The column's name as the file writes it (for the current row: JSON items name their own keys). */
  columnName: (column: ColumnId) => string
  /** Problems found in the current row while splitting it (unbalanced quotes, extra cells, values that are not text). */
  rowIssues: () => readonly ImportIssue[]
  notices: MessageRef[]
}

export type TableResult = { ok: true; table: Table } | { ok: false; reason: MessageRef }

const noIssues: readonly ImportIssue[] = []

/** The name of a column in the format, in the file's language, for messages. */
function formatColumnName(column: ColumnId, lang: Language): string {
  return columnHeader(column, translatorFor(lang))
}

// Made on first use: the headers are messages, which load before a file is read.
let readHeader: ReturnType<typeof headerReader> | null = null
function columnForHeader(text: string) {
  readHeader ??= headerReader({ en: translatorFor('en'), es: translatorFor('es') })
  return readHeader(text)
}

function missingColumnsError(
  present: Set<ColumnId>,
  lang: Language,
  found: string[],
): MessageRef | null {
  // A period ("2019-03", or its first and last month) states the year itself.
  const hasPeriod =
    present.has('period') || (present.has('periodStart') && present.has('periodEnd'))
  const missing = requiredColumns
    .filter((c) => !present.has(c) && !(c === 'year' && hasPeriod))
    .map((c) => formatColumnName(c, lang))
  if (!present.has('value') && !present.has('low'))
    missing.push(`${formatColumnName('value', lang)} / ${formatColumnName('low', lang)}`)
  if (missing.length === 0) return null
  if (present.size === 0)
    return {
      key: 'import.fileError.noKnownColumns',
      vars: { found: found.slice(0, 12).join(', ') || '—' },
    }
  return {
    key: 'import.fileError.missingColumns',
    vars: { missing: missing.join(', '), count: missing.length },
  }
}

function guessLanguage(langs: (Language | null)[]): Language {
  const es = langs.filter((l) => l === 'es').length
  const en = langs.filter((l) => l === 'en').length
  return es > en ? 'es' : 'en'
}

const guessedDelimiters = [',', ';', '\t']

/** A delimiter as a message shows it. */
const shownDelimiter = (delimiter: string) => (delimiter === '\t' ? 'TAB' : delimiter)

function count(text: string, part: string): number {
  let n = 0
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) n++
  return n
}

/**
 * A header read as one column because it is split by another delimiter than the rows below
 * (the delimiter is guessed from the first rows): says so, instead of "no known column".
 */
function headerWithOtherDelimiter(header: string[], used: string): MessageRef | null {
  for (const cell of header) {
    for (const other of guessedDelimiters) {
      if (other === used || !cell.includes(other)) continue
      const known = cell.split(other).filter((name) => columnForHeader(name)).length
      if (known >= 2)
        return {
          key: 'import.fileError.mixedDelimiters',
          vars: {
            used: shownDelimiter(used),
            other: shownDelimiter(other),
            value: cell.slice(0, 80),
          },
        }
    }
  }
  return null
}

/**
 * A row that did not split into its cells: one cell holding the whole row (the row uses another
 * delimiter than the file), or a cell holding line breaks and many delimiters (a quote left
 * open, which read the next lines of the file into it). `at` is the cell's position.
 */
function rowSplitWrongly(
  cells: string[],
  width: number,
  used: string,
): { at: number; reason: MessageRef } | null {
  const many = Math.max(2, Math.floor((width - 1) / 2))
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at]!
    if (cell.length < many) continue
    if (cells.length < width / 2) {
      for (const other of guessedDelimiters) {
        if (other !== used && count(cell, other) >= many) {
          return {
            at,
            reason: {
              key: 'import.reason.otherDelimiter',
              vars: { used: shownDelimiter(used), other: shownDelimiter(other) },
            },
          }
        }
      }
    }
    if ((cell.includes('\n') || cell.includes('\r')) && count(cell, used) >= many) {
      const lines = cell.split(/\r\n|\r|\n/).length - 1
      return { at, reason: { key: 'import.reason.quoteLeftOpen', vars: { count: lines } } }
    }
  }
  return null
}

/** The rows of a CSV text, one at a time, and the problems papaparse found in each. */
interface CsvRows {
  /** The delimiter the rows are split by. */
  delimiter: string
  /** Fills `cells` with the next row that is not blank; false after the last. */
  next(cells: string[]): boolean
  /** Problems papaparse reported for the row read last (broken quotes). */
  syntaxIssues(): { row: number; message: string }[]
}

/**
 * Text with regular quotes is split row by row (csv-rows.ts); other text by papaparse, whose
 * recovery from broken quotes is then reported. Either way rows are counted without the blank
 * ones and errors carry papaparse's row numbers, as when papaparse read every file.
 */
function csvRows(text: string): CsvRows {
  const dialect = guessDialect(text)
  if (hasRegularQuotes(text, dialect))
    return withoutBlankRows(createCsvRowReader(text, dialect), dialect.delimiter)
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: guessedDelimiters,
  })
  const errors = new Map<number, { row: number; message: string }[]>()
  for (const error of parsed.errors) {
    if (error.row === undefined || error.code === 'UndetectableDelimiter') continue
    errors.set(error.row, [
      ...(errors.get(error.row) ?? []),
      { row: error.row, message: error.message },
    ])
  }
  let at = -1
  return {
    delimiter: parsed.meta.delimiter || dialect.delimiter,
    next(cells) {
      const row = parsed.data[++at]
      if (!row) return false
      cells.length = 0
      cells.push(...row)
      return true
    },
    // papaparse numbers errors by the row's place among all rows, blank ones included, and the
    // import has always reported them under the data row of that number (kept as it was).
    syntaxIssues: () => errors.get(at) ?? [],
  }
}

/** The delimiter and line break papaparse guesses for the text. */
function guessDialect(text: string): CsvDialect {
  const guess = Papa.parse<string[]>(text, {
    preview: 1,
    skipEmptyLines: 'greedy',
    delimitersToGuess: guessedDelimiters,
  })
  return { delimiter: guess.meta.delimiter || ',', newline: guess.meta.linebreak || '\n' }
}

/** Rows without papaparse's "greedy" empty lines, and without syntax problems (regular quotes have none). */
function withoutBlankRows(reader: { next(cells: string[]): boolean }, delimiter: string): CsvRows {
  return {
    delimiter,
    next(cells) {
      while (reader.next(cells)) if (!isBlankRow(cells)) return true
      return false
    },
    syntaxIssues: () => [],
  }
}

// papaparse guesses the line break from the first 1,048,576 characters and the delimiter from
// the first 10 rows, so a start of the text that holds both gives the guess the whole would.
const LINE_BREAK_SAMPLE = 1024 * 1024
const DELIMITER_SAMPLE_ROWS = 10

/**
 * The dialect papaparse would guess for a text of which `start` is the beginning (`whole` when
 * it is all of it), or null when the start is too short to be sure.
 */
export function guessDialectFromStart(start: string, whole: boolean): CsvDialect | null {
  const dialect = guessDialect(start)
  if (whole) return dialect
  if (start.length < LINE_BREAK_SAMPLE) return null
  // Every candidate delimiter must see its first rows end inside the start (an 11th row begins).
  for (const delimiter of guessedDelimiters) {
    const rows = Papa.parse<string[]>(start, {
      delimiter,
      newline: dialect.newline as '\n' | '\r' | '\r\n',
      preview: DELIMITER_SAMPLE_ROWS + 1,
    }).data
    if (rows.length <= DELIMITER_SAMPLE_ROWS) return null
  }
  return dialect
}

/** Reads CSV text: a header row, an optional HXL hashtag row, then one figure per row. */
export function readCsvTable(text: string): TableResult {
  return tableOfRows(csvRows(text))
}

/**
 * Reads a large CSV file from its bytes (csv-bytes.ts), `start` being past any byte-order mark.
 * The quotes must be regular (bytesHaveRegularQuotes). Throws InvalidCellText at a cell that is
 * not UTF-8 (then the file is read as text, which says where).
 */
export function readCsvBytesTable(
  bytes: Uint8Array,
  start: number,
  dialect: CsvDialect,
): TableResult {
  return tableOfRows(
    withoutBlankRows(createCsvByteReader(bytes, start, dialect), dialect.delimiter),
  )
}

function tableOfRows(rows: CsvRows): TableResult {
  const first: string[] = []
  if (!rows.next(first)) return { ok: false, reason: { key: 'import.fileError.empty' } }
  const second: string[] = []
  const hasSecond = rows.next(second)
  const tagsOnly = isHashtagRow(first)
  const header = tagsOnly ? first.map(() => '') : first
  const tags = tagsOnly ? first : hasSecond && isHashtagRow(second) ? second : null
  const dataStart = tagsOnly ? 1 : tags ? 2 : 1

  const columns: (ColumnId | null)[] = []
  const langs: (Language | null)[] = []
  const present = new Map<ColumnId, number>()
  const notices: MessageRef[] = []
  const ignored: string[] = []
  for (let i = 0; i < Math.max(header.length, tags?.length ?? 0); i++) {
    const byHeader = columnForHeader(header[i] ?? '')
    // The hashtag is the machine-readable layer, so it wins over a free-text header.
    const id = (tags ? columnForHashtag(tags[i] ?? '') : null) ?? byHeader?.id ?? null
    langs.push(byHeader?.lang ?? null)
    if (id && present.has(id)) {
      return {
        ok: false,
        reason: {
          key: 'import.fileError.duplicateColumn',
          vars: {
            column: header[i] || tags?.[i] || id,
            first: present.get(id)! + 1,
            second: i + 1,
          },
        },
      }
    }
    if (id) present.set(id, i)
    else if ((header[i] ?? '').trim() || (tags?.[i] ?? '').trim())
      ignored.push((header[i] ?? '').trim() || (tags?.[i] ?? '').trim())
    columns.push(id)
  }
  const fileLang = guessLanguage(langs)
  const missing = missingColumnsError(new Set(present.keys()), fileLang, header.filter(Boolean))
  if (missing)
    return { ok: false, reason: headerWithOtherDelimiter(header, rows.delimiter) ?? missing }

  // The first data row is read now: a file with none is refused before any row is checked.
  let cells: string[] = dataStart === 1 && hasSecond ? second : []
  let pending = dataStart === 1 ? hasSecond : rows.next(cells)
  if (!pending) return { ok: false, reason: { key: 'import.fileError.headerOnly' } }
  if (tags) notices.push({ key: 'import.notice.hxl' })
  if (ignored.length > 0)
    notices.push({ key: 'import.notice.ignoredColumns', vars: { columns: ignored.join(', ') } })

  const width = columns.length
  // Where each column is in a row: one array read per cell instead of a lookup by name.
  const position = new Map<ColumnId, number>(present)
  const headerName = (column: ColumnId) => {
    const at = present.get(column)
    return at === undefined
      ? formatColumnName(column, fileLang)
      : header[at]?.trim() || tags?.[at]?.trim() || formatColumnName(column, fileLang)
  }
  const names = new Map<ColumnId, string>()
  const columnAt = (at: number) => header[at]?.trim() || tags?.[at]?.trim() || '—'
  let index = -1
  let issues: readonly ImportIssue[] = noIssues
  const spare: string[] = []

  const next = () => {
    if (!pending) return false
    if (index >= 0) {
      // The row after the one just read goes into the other array, so `cells` is never reused under a caller.
      const into = cells === spare ? [] : spare
      pending = rows.next(into)
      if (!pending) return false
      cells = into
    }
    index++
    const number = index + dataStart + 1
    const found: ImportIssue[] = rows.syntaxIssues().map((e) => ({
      row: e.row + 1,
      column: '—',
      value: '',
      reason: { key: 'import.reason.csvSyntax', vars: { detail: e.message } },
    }))
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      found.push({
        row: number,
        column: '—',
        value: cells.slice(width).join(', ').slice(0, 80),
        reason: { key: 'import.reason.extraCells', vars: { count: cells.length, expected: width } },
      })
    }
    const unreadable = rowSplitWrongly(cells, width, rows.delimiter)
    if (unreadable)
      found.push({
        row: number,
        column: columnAt(unreadable.at),
        value: cells[unreadable.at]!.slice(0, 80),
        reason: unreadable.reason,
        wholeRow: true,
      })
    issues = found.length > 0 ? found : noIssues
    return true
  }
  return {
    ok: true,
    table: {
      format: 'csv',
      fileLang,
      next,
      rowNumber: () => index + dataStart + 1,
      cell: (column) => {
        const at = position.get(column)
        return at === undefined ? '' : (cells[at] ?? '')
      },
      columnName: (column) => {
        let name = names.get(column)
        if (name === undefined) names.set(column, (name = headerName(column)))
        return name
      },
      rowIssues: () => issues,
      notices,
    },
  }
}

/** The message for a JSON value that is not text: what it is instead. */
function notTextReason(value: unknown): string {
  return Array.isArray(value)
    ? 'import.reason.notTextList'
    : value && typeof value === 'object'
      ? 'import.reason.notTextObject'
      : 'import.reason.notText'
}

const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g

/**
 * JSON.parse, except that a number too large for JavaScript (1e309 becomes Infinity) is kept as
 * the text the file wrote, so the importer can say "1e309 is too large" in its column.
 */
function parseJsonKeepingHugeNumbers(text: string): unknown {
  if (!/\d[eE]\+?\d{3}/.test(text)) return JSON.parse(text)
  // Browsers without the reviver's source text get the literals in the order the file has them.
  const huge = (text.match(JSON_TOKEN) ?? []).filter(
    (token) => token[0] !== '"' && !Number.isFinite(Number(token)),
  )
  return JSON.parse(text, function (
    this: unknown,
    _key: string,
    value: unknown,
    context?: { source?: string },
  ) {
    return typeof value === 'number' && !Number.isFinite(value)
      ? (context?.source ?? huge.shift() ?? String(value))
      : value
  } as (key: string, value: unknown) => unknown)
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (Array.isArray(value)) {
    const parts = value.map((v) =>
      typeof v === 'string'
        ? v
        : v && typeof v === 'object' && 'type' in v && 'text' in v
          ? `${String(v.type)}: ${String(v.text)}`
          : null,
    )
    return parts.every((p) => p !== null) ? parts.join(' | ') : null
  }
  return null
}

/** Reads JSON: an array of figure objects, or an object with such an array under "figures". */
export function readJsonTable(text: string): TableResult {
  let payload: unknown
  try {
    payload = parseJsonKeepingHugeNumbers(text)
  } catch (error) {
    return {
      ok: false,
      reason: { key: 'import.fileError.notJson', vars: { detail: (error as Error).message } },
    }
  }
  const items = Array.isArray(payload)
    ? payload
    : payload &&
        typeof payload === 'object' &&
        Array.isArray((payload as { figures?: unknown }).figures)
      ? (payload as { figures: unknown[] }).figures
      : null
  if (!items) return { ok: false, reason: { key: 'import.fileError.jsonShape' } }
  if (items.length === 0) return { ok: false, reason: { key: 'import.fileError.headerOnly' } }

  const present = new Set<ColumnId>()
  const langs: (Language | null)[] = []
  const keyMaps: Map<ColumnId, string>[] = []
  const rowIssues = new Map<number, ImportIssue[]>()
  const ignored = new Set<string>()
  items.forEach((item, i) => {
    const map = new Map<ColumnId, string>()
    keyMaps.push(map)
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      rowIssues.set(i, [
        {
          row: i + 1,
          column: '—',
          value: JSON.stringify(item)?.slice(0, 80) ?? '',
          reason: { key: 'import.reason.notAnObject' },
        },
      ])
      return
    }
    for (const key of Object.keys(item)) {
      const column = columnForHeader(key)
      if (!column) {
        ignored.add(key)
        continue
      }
      map.set(column.id, key)
      present.add(column.id)
      if (i < 50) langs.push(column.lang)
    }
  })
  const fileLang = guessLanguage(langs)
  const missing = missingColumnsError(present, fileLang, [...ignored])
  if (missing) return { ok: false, reason: missing }
  const notices: MessageRef[] =
    ignored.size > 0
      ? [
          {
            key: 'import.notice.ignoredColumns',
            vars: { columns: [...ignored].slice(0, 20).join(', ') },
          },
        ]
      : []
  let i = -1
  return {
    ok: true,
    table: {
      format: 'json',
      fileLang,
      next: () => ++i < items.length,
      rowNumber: () => i + 1,
      cell: (column) => {
        const key = keyMaps[i]?.get(column)
        if (key === undefined) return ''
        const value = (items[i] as Record<string, unknown>)[key]
        const text = cellText(value)
        if (text === null) {
          const issues = rowIssues.get(i) ?? []
          if (!issues.some((x) => x.column === key))
            issues.push({
              row: i + 1,
              column: key,
              value: JSON.stringify(value).slice(0, 80),
              reason: { key: notTextReason(value) },
            })
          rowIssues.set(i, issues)
          return ''
        }
        return text
      },
      columnName: (column) => keyMaps[i]?.get(column) ?? formatColumnName(column, fileLang),
      rowIssues: () => rowIssues.get(i) ?? noIssues,
      notices,
    },
  }
}
