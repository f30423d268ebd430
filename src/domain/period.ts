// A figure's time: a calendar year (a figure with only `year`), a fiscal year with its first and
// last month, a quarter or a month. Filters, sorting, charts and exports read it through these
// functions, so a fiscal year is never taken for the calendar year it is named after.
import type { Figure, Period } from '@/domain/dataset-schema'
import type { Language, Translate } from '@/domain/translate'

export type PeriodKind = 'calendar-year' | Period['kind']

/** The fields of a figure that state its time. */
export type Timed = Pick<Figure, 'year' | 'period'>

/** First and last month of a period, both counted, as 'YYYY-MM' (they sort as text). */
export interface PeriodSpan {
  start: string
  end: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const month = (year: number, m: number) => `${year}-${pad(m)}`

export function periodKind(figure: Timed): PeriodKind {
  return figure.period?.kind ?? 'calendar-year'
}

/** The months a figure's period covers: US FY2019 -> { start: '2018-10', end: '2019-09' }. */
export function periodSpan(figure: Timed): PeriodSpan {
  const { year, period } = figure
  if (!period) return { start: month(year, 1), end: month(year, 12) }
  switch (period.kind) {
    case 'fiscal-year':
      return { start: period.start, end: period.end }
    case 'quarter':
      return { start: month(year, period.quarter * 3 - 2), end: month(year, period.quarter * 3) }
    case 'month':
      return { start: month(year, period.month), end: month(year, period.month) }
  }
}

/** The first month of the period ('YYYY-MM'), for ordering figures in time. */
export function periodStart(figure: Timed): string {
  return figure.period ? periodSpan(figure).start : month(figure.year, 1)
}

/** The calendar years a period touches: FY2019 (Oct 2018 – Sep 2019) -> 2018 and 2019. */
export function periodYears(figure: Timed): { first: number; last: number } {
  if (figure.period?.kind !== 'fiscal-year') return { first: figure.year, last: figure.year }
  return {
    first: Number(figure.period.start.slice(0, 4)),
    last: Number(figure.period.end.slice(0, 4)),
  }
}

/** True when the period shares at least one month with the years `from`..`to` (the year filter). */
export function overlapsYears(figure: Timed, from: number, to: number): boolean {
  const { first, last } = periodYears(figure)
  return first <= to && last >= from
}

/**
 * The period in an id and in a duplicate key: '2019', '2019-03', '2019-q1', 'fy-2018-10-2019-09'.
 * Two figures of one indicator and place are duplicates when these are equal.
 */
export function periodKey(figure: Timed): string {
  const { year, period } = figure
  if (!period) return String(year)
  switch (period.kind) {
    case 'fiscal-year':
      return `fy-${period.start}-${period.end}`
    case 'quarter':
      return `${year}-q${period.quarter}`
    case 'month':
      return month(year, period.month)
  }
}

const monthFormats = new Map<string, Intl.DateTimeFormat>()
function formatMonth(yearMonth: string, lang: Language, style: 'short' | 'long'): string {
  const key = `${lang}|${style}`
  let format = monthFormats.get(key)
  if (!format)
    monthFormats.set(
      key,
      (format = new Intl.DateTimeFormat(lang, { month: style, year: 'numeric', timeZone: 'UTC' })),
    )
  return format.format(
    Date.UTC(Number(yearMonth.slice(0, 4)), Number(yearMonth.slice(5, 7)) - 1, 1),
  )
}

/** "Oct 2018 – Sep 2019": a fiscal year's months, as the export writes them after its name. */
export function formatMonthSpan(span: PeriodSpan, lang: Language, t: Translate): string {
  return t('period.months', {
    start: formatMonth(span.start, lang, 'short'),
    end: formatMonth(span.end, lang, 'short'),
  })
}

/**
 * The period as the source writes it, in the interface language: "2018", "FY2019 (Oct 2018 –
 * Sep 2019)", "Q1 2019" / "T1 2019", "March 2019" / "marzo de 2019".
 */
export function formatPeriod(figure: Timed, lang: Language, t: Translate): string {
  const { year, period } = figure
  if (!period) return String(year)
  switch (period.kind) {
    case 'fiscal-year': {
      const months = formatMonthSpan(period, lang, t)
      return period.label
        ? t('period.fiscalYearNamed', { label: period.label, months })
        : t('period.fiscalYear', { months })
    }
    case 'quarter':
      return t('period.quarter', { quarter: period.quarter, year })
    case 'month':
      return formatMonth(month(year, period.month), lang, 'long')
  }
}
