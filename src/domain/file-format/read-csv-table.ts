// A CSV file as a table: a header row, an optional HXL hashtag row, then one figure per row.
// The header names the columns (in English or Spanish, columns.ts); each row is
// checked for cells it did not split into (another delimiter, a quote left open).
import { columnForHashtag, isHashtagRow, type ColumnId } from '@/domain/file-format/columns'
import {
  columnForHeader,
  formatColumnName,
  guessLanguage,
  missingColumnsError,
  noIssues,
  type ImportIssue,
  type TableResult,
} from '@/domain/file-format/table'
import type { Language, MessageRef, Translators } from '@/domain/translate'

/** The rows of a CSV file, one at a time, and the problems papaparse found in each. */
export interface CsvRows {
  /** The delimiter the rows are split by. */
  delimiter: string
  /** Fills `cells` with the next row that is not blank; false after the last. */
  next(cells: string[]): boolean
  /** Problems papaparse reported for the row read last (broken quotes). */
  syntaxIssues(): { row: number; message: string }[]
}

/** The delimiters a CSV file of the format may use: the reader guesses among them. */
export const csvDelimiters = [',', ';', '\t']

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
function headerWithOtherDelimiter(
  header: string[],
  used: string,
  tr: Translators,
): MessageRef | null {
  for (const cell of header) {
    for (const other of csvDelimiters) {
      if (other === used || !cell.includes(other)) continue
      const known = cell.split(other).filter((name) => columnForHeader(name, tr)).length
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
      for (const other of csvDelimiters) {
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

/** Reads the rows of a CSV file (lib/csv/rows.ts) as a table. */
export function readCsvTable(rows: CsvRows, tr: Translators): TableResult {
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
    const byHeader = columnForHeader(header[i] ?? '', tr)
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
  const missing = missingColumnsError(new Set(present.keys()), fileLang, header.filter(Boolean), tr)
  if (missing)
    return { ok: false, reason: headerWithOtherDelimiter(header, rows.delimiter, tr) ?? missing }

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
      ? formatColumnName(column, fileLang, tr)
      : header[at]?.trim() || tags?.[at]?.trim() || formatColumnName(column, fileLang, tr)
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
