// A JSON file as a table: an array of figure objects (or an object with such an array under
// "figures"), each keyed by the format's column names.
import type { ColumnId } from '@/domain/file-format/columns'
import {
  columnForHeader,
  formatColumnName,
  guessLanguage,
  missingColumnsError,
  noIssues,
  type ImportIssue,
  type TableResult,
} from '@/domain/file-format/table'
import { CELL_SEPARATOR } from '@/domain/file-format/write-cells'
import type { Language, MessageRef, Translators } from '@/domain/translate'

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
    return parts.every((p) => p !== null) ? parts.join(CELL_SEPARATOR) : null
  }
  return null
}

/** Reads JSON: an array of figure objects, or an object with such an array under "figures". */
export function readJsonTable(text: string, tr: Translators): TableResult {
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
      const column = columnForHeader(key, tr)
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
  const missing = missingColumnsError(present, fileLang, [...ignored], tr)
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
      columnName: (column) => keyMaps[i]?.get(column) ?? formatColumnName(column, fileLang, tr),
      rowIssues: () => rowIssues.get(i) ?? noIssues,
      notices,
    },
  }
}
