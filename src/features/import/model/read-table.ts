// From decoded text to a table of cells with known columns, for CSV (with or without an HXL
// hashtag row) and JSON (an array of objects keyed by the same column names).
import Papa from 'papaparse'
import type { Language } from '@/domain/translate'
import {
  columnForHashtag,
  columnForHeader,
  columnHeaders,
  isHashtagRow,
  requiredColumns,
  type ColumnId,
} from '@/features/import/model/columns'
import type { ImportFormat, ImportIssue, MessageRef } from '@/features/import/model/import-types'

/** A table whose columns are known: `cell(row, column)` is the cell's text ('' when absent). */
export interface Table {
  format: ImportFormat
  fileLang: Language
  rowCount: number
  /** The row number a person sees for data row i (spreadsheet row or JSON item). */
  rowNumber: (i: number) => number
  cell: (i: number, column: ColumnId) => string
  /** The column's name as the file writes it. */
  columnName: (i: number, column: ColumnId) => string
  /** Problems found while splitting rows (unbalanced quotes, extra cells), per data row. */
  rowIssues: Map<number, ImportIssue[]>
  notices: MessageRef[]
}

export type TableResult = { ok: true; table: Table } | { ok: false; reason: MessageRef }

/** The name of a column in the format, in the file's language, for messages. */
export function formatColumnName(column: ColumnId, lang: Language): string {
  return columnHeaders[column][lang]
}

function missingColumnsError(present: Set<ColumnId>, lang: Language, found: string[]): MessageRef | null {
  const missing = requiredColumns.filter((c) => !present.has(c)).map((c) => formatColumnName(c, lang))
  if (!present.has('value') && !present.has('low')) missing.push(`${formatColumnName('value', lang)} / ${formatColumnName('low', lang)}`)
  if (missing.length === 0) return null
  if (present.size === 0) return { key: 'import.fileError.noKnownColumns', vars: { found: found.slice(0, 12).join(', ') || '—' } }
  return { key: 'import.fileError.missingColumns', vars: { missing: missing.join(', '), count: missing.length } }
}

function guessLanguage(langs: (Language | null)[]): Language {
  const es = langs.filter((l) => l === 'es').length
  const en = langs.filter((l) => l === 'en').length
  return es > en ? 'es' : 'en'
}

/** Reads CSV text: a header row, an optional HXL hashtag row, then one figure per row. */
export function readCsvTable(text: string): TableResult {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] })
  const rows = parsed.data
  const first = rows[0]
  if (!first) return { ok: false, reason: { key: 'import.fileError.empty' } }
  const tagsOnly = isHashtagRow(first)
  const header = tagsOnly ? first.map(() => '') : first
  const tags = tagsOnly ? first : rows[1] && isHashtagRow(rows[1]) ? rows[1] : null
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
      return { ok: false, reason: { key: 'import.fileError.duplicateColumn', vars: { column: header[i] || tags?.[i] || id, first: present.get(id)! + 1, second: i + 1 } } }
    }
    if (id) present.set(id, i)
    else if ((header[i] ?? '').trim() || (tags?.[i] ?? '').trim()) ignored.push((header[i] ?? '').trim() || (tags?.[i] ?? '').trim())
    columns.push(id)
  }
  const fileLang = guessLanguage(langs)
  const missing = missingColumnsError(new Set(present.keys()), fileLang, header.filter(Boolean))
  if (missing) return { ok: false, reason: missing }
  if (rows.length <= dataStart) return { ok: false, reason: { key: 'import.fileError.headerOnly' } }
  if (tags) notices.push({ key: 'import.notice.hxl' })
  if (ignored.length > 0) notices.push({ key: 'import.notice.ignoredColumns', vars: { columns: ignored.join(', ') } })

  const rowIssues = new Map<number, ImportIssue[]>()
  const addRowIssue = (i: number, issue: ImportIssue) => rowIssues.set(i, [...(rowIssues.get(i) ?? []), issue])
  for (const error of parsed.errors) {
    if (error.row === undefined || error.row < dataStart || error.code === 'UndetectableDelimiter') continue
    addRowIssue(error.row - dataStart, { row: error.row + 1, column: '—', value: '', reason: { key: 'import.reason.csvSyntax', vars: { detail: error.message } } })
  }
  const width = columns.length
  for (let r = dataStart; r < rows.length; r++) {
    const cells = rows[r]!
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      addRowIssue(r - dataStart, { row: r + 1, column: '—', value: cells.slice(width).join(', ').slice(0, 80), reason: { key: 'import.reason.extraCells', vars: { count: cells.length, expected: width } } })
    }
  }
  const headerName = (column: ColumnId) => {
    const at = present.get(column)
    return at === undefined ? formatColumnName(column, fileLang) : header[at]?.trim() || tags?.[at]?.trim() || formatColumnName(column, fileLang)
  }
  return {
    ok: true,
    table: {
      format: 'csv',
      fileLang,
      rowCount: rows.length - dataStart,
      rowNumber: (i) => i + dataStart + 1,
      cell: (i, column) => {
        const at = present.get(column)
        return at === undefined ? '' : (rows[i + dataStart]![at] ?? '')
      },
      columnName: (_i, column) => headerName(column),
      rowIssues,
      notices,
    },
  }
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (Array.isArray(value)) {
    const parts = value.map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' && 'type' in v && 'text' in v ? `${String(v.type)}: ${String(v.text)}` : null))
    return parts.every((p) => p !== null) ? parts.join(' | ') : null
  }
  return null
}

/** Reads JSON: an array of figure objects, or an object with such an array under "figures". */
export function readJsonTable(text: string): TableResult {
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: { key: 'import.fileError.notJson', vars: { detail: (error as Error).message } } }
  }
  const items = Array.isArray(payload) ? payload : payload && typeof payload === 'object' && Array.isArray((payload as { figures?: unknown }).figures) ? (payload as { figures: unknown[] }).figures : null
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
      rowIssues.set(i, [{ row: i + 1, column: '—', value: JSON.stringify(item)?.slice(0, 80) ?? '', reason: { key: 'import.reason.notAnObject' } }])
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
  const notices: MessageRef[] = ignored.size > 0 ? [{ key: 'import.notice.ignoredColumns', vars: { columns: [...ignored].slice(0, 20).join(', ') } }] : []
  return {
    ok: true,
    table: {
      format: 'json',
      fileLang,
      rowCount: items.length,
      rowNumber: (i) => i + 1,
      cell: (i, column) => {
        const key = keyMaps[i]?.get(column)
        if (key === undefined) return ''
        const text = cellText((items[i] as Record<string, unknown>)[key])
        if (text === null) {
          const issues = rowIssues.get(i) ?? []
          if (!issues.some((x) => x.column === key)) issues.push({ row: i + 1, column: key, value: JSON.stringify((items[i] as Record<string, unknown>)[key]).slice(0, 80), reason: { key: 'import.reason.notText' } })
          rowIssues.set(i, issues)
          return ''
        }
        return text
      },
      columnName: (i, column) => keyMaps[i]?.get(column) ?? formatColumnName(column, fileLang),
      rowIssues,
      notices,
    },
  }
}
