// A figure's time from the cells "year", "period", "period start" and "period end"
// (docs/import-format.md). A file with only a year gives calendar years. The months
// decide the kind of period; the "period" cell names a fiscal year, or alone states a year, a
// month or a quarter. The dashboard's CSV export writes all four, so its files import back unchanged.
import { monthsBetween, type Figure } from '@/domain/dataset-schema'
import type { ColumnId } from '@/domain/file-format/columns'
import type { MessageRef } from '@/domain/translate'
import { readYear } from '@/domain/file-format/read-cells'

export interface TimeCells {
  year: string
  period: string
  periodStart: string
  periodEnd: string
}

type Time = Pick<Figure, 'year' | 'period'>
export type TimeResult =
  { ok: true; time: Time } | { ok: false; column: ColumnId; value: string; reason: MessageRef }

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const QUARTER_FIRST = /^(\d{4})\s*[-/ ]?\s*[QT]([1-4])$/i
const QUARTER_LAST = /^[QT]([1-4])\s*[-/ ]?\s*(\d{4})$/i
// What the export writes for a fiscal year the source does not name ("fiscal year Oct 2018 – Sep 2019").
const UNNAMED_FISCAL_YEAR = /^(fiscal year|a[nñ]o fiscal)\s+\S+\s+\d{4}\s*[–-]\s*\S+\s+\d{4}$/i
// The months the export writes after a fiscal year's name: "FY2019 (Oct 2018 – Sep 2019)".
const MONTHS_SUFFIX = /\s*\(([^()]*\d{4}[^()]*\d{4}[^()]*)\)\s*$/

const fail = (
  column: ColumnId,
  value: string,
  key: string,
  vars?: MessageRef['vars'],
): TimeResult => ({ ok: false, column, value, reason: vars ? { key, vars } : { key } })

/** The source's name for a fiscal year, without the months the export adds; undefined when it has none. */
export function fiscalYearLabel(text: string, start: string, end: string): string | undefined {
  const trimmed = text.trim()
  if (trimmed === '' || UNNAMED_FISCAL_YEAR.test(trimmed)) return undefined
  const suffix = MONTHS_SUFFIX.exec(trimmed)
  const ownMonths =
    suffix && suffix[1]!.includes(start.slice(0, 4)) && suffix[1]!.includes(end.slice(0, 4))
  return (ownMonths ? trimmed.slice(0, suffix.index).trim() : trimmed) || undefined
}

function fromMonths(cells: TimeCells): TimeResult {
  const start = cells.periodStart.trim()
  const end = cells.periodEnd.trim()
  if (start === '') return fail('periodStart', '', 'import.reason.periodBothMonths')
  if (end === '') return fail('periodEnd', '', 'import.reason.periodBothMonths')
  if (!YEAR_MONTH.test(start)) return fail('periodStart', start, 'validation.yearMonth')
  if (!YEAR_MONTH.test(end)) return fail('periodEnd', end, 'validation.yearMonth')
  const months = monthsBetween(start, end) + 1
  if (months < 1) return fail('periodEnd', end, 'import.reason.periodEndBeforeStart')
  const year = Number(start.slice(0, 4))
  const first = Number(start.slice(5, 7))
  if (months === 1) return { ok: true, time: { year, period: { kind: 'month', month: first } } }
  if (months === 3 && first % 3 === 1)
    return { ok: true, time: { year, period: { kind: 'quarter', quarter: (first + 2) / 3 } } }
  if (months === 12 && first === 1) return { ok: true, time: { year } }
  if (months === 12) {
    const label = fiscalYearLabel(cells.period, start, end)
    return {
      ok: true,
      time: {
        year: Number(end.slice(0, 4)),
        period: { kind: 'fiscal-year', ...(label ? { label } : {}), start, end },
      },
    }
  }
  return fail('periodEnd', end, 'import.reason.periodLength', { months })
}

function fromText(text: string): TimeResult {
  if (/^\d{4}$/.test(text)) return { ok: true, time: { year: Number(text) } }
  const month = YEAR_MONTH.exec(text)
  if (month)
    return {
      ok: true,
      time: { year: Number(month[1]), period: { kind: 'month', month: Number(month[2]) } },
    }
  const quarterFirst = QUARTER_FIRST.exec(text)
  if (quarterFirst)
    return {
      ok: true,
      time: {
        year: Number(quarterFirst[1]),
        period: { kind: 'quarter', quarter: Number(quarterFirst[2]) },
      },
    }
  const quarterLast = QUARTER_LAST.exec(text)
  if (quarterLast)
    return {
      ok: true,
      time: {
        year: Number(quarterLast[2]),
        period: { kind: 'quarter', quarter: Number(quarterLast[1]) },
      },
    }
  return fail('period', text, 'import.reason.periodText')
}

/** The figure's year and period, or the one cell that keeps them from being read. */
export function readTime(cells: TimeCells): TimeResult {
  const yearText = cells.year.trim()
  const periodText = cells.period.trim()
  const byMonths = cells.periodStart.trim() !== '' || cells.periodEnd.trim() !== ''
  if (!byMonths && periodText === '') {
    const year = readYear(yearText)
    return year.ok
      ? { ok: true, time: { year: year.value } }
      : fail('year', cells.year, year.reason.key)
  }
  const result = byMonths ? fromMonths(cells) : fromText(periodText)
  if (!result.ok) return result
  const { year } = result.time
  if (!readYear(String(year)).ok)
    return fail(
      byMonths ? 'periodStart' : 'period',
      byMonths ? cells.periodStart : periodText,
      'import.reason.year',
    )
  if (yearText !== '' && yearText !== String(year))
    return fail('year', yearText, 'import.reason.periodYear', { year })
  return result
}
