// A file read as a table whose columns are known (read-csv-table.ts, read-json-table.ts): what
// the row reader (read-row.ts) sees, whatever the file's format.
import {
  columnHeader,
  headerReader,
  requiredColumns,
  type ColumnId,
  type HeaderMatch,
} from '@/domain/file-format/columns'
import { fromMessages } from '@/domain/file-format/read-cells'
import type { Language, MessageRef, Translators } from '@/domain/translate'

export type ImportFormat = 'csv' | 'json'

/** One problem with one cell: where it is, what it holds and why it cannot be imported. */
export interface ImportIssue {
  /** CSV: the row as a spreadsheet numbers it (the header is row 1). JSON: the 1-based item. */
  row: number
  /** The column as the file names it (or the format's name for a missing column). */
  column: string
  /** The cell's content, shortened to a readable length. */
  value: string
  reason: MessageRef
  /** Set by the file reading when the row did not split into its cells: its other problems are noise. */
  wholeRow?: boolean
}

/**
 * A table read one data row at a time: `next()` moves to the next row (false after the last),
 * then `cell(column)` is the row's cell text ('' when absent).
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

export const noIssues: readonly ImportIssue[] = []

/** The name of a column in the format, in the file's language, for messages. */
export function formatColumnName(column: ColumnId, lang: Language, tr: Translators): string {
  return columnHeader(column, tr[lang])
}

const headers = fromMessages(headerReader)

/** The column a header names and the language it is written in (columns.ts). */
export function columnForHeader(text: string, tr: Translators): HeaderMatch | null {
  return headers(tr)(text)
}

/** The language most headers are written in; English when they do not say. */
export function guessLanguage(langs: (Language | null)[]): Language {
  const es = langs.filter((l) => l === 'es').length
  const en = langs.filter((l) => l === 'en').length
  return es > en ? 'es' : 'en'
}

/** The refusal of a header that lacks required columns; null when it has them all. */
export function missingColumnsError(
  present: Set<ColumnId>,
  lang: Language,
  found: string[],
  tr: Translators,
): MessageRef | null {
  // A period ("2019-03", or its first and last month) states the year itself.
  const hasPeriod =
    present.has('period') || (present.has('periodStart') && present.has('periodEnd'))
  const missing = requiredColumns
    .filter((c) => !present.has(c) && !(c === 'year' && hasPeriod))
    .map((c) => formatColumnName(c, lang, tr))
  if (!present.has('value') && !present.has('low'))
    missing.push(`${formatColumnName('value', lang, tr)} / ${formatColumnName('low', lang, tr)}`)
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
