// Where a figure sits in time, in fractional years (2016.5 is the middle of 2016), so that every
// period has its true place on a time axis: a calendar year, a fiscal year over its months
// (US FY2019 runs from October 2018 to September 2019), a quarter, a month.
import { periodKind, periodSpan, type PeriodKind, type Timed } from '@/domain/period'

/** A figure's period on the time axis: [start, end) in fractional years. */
export interface TimeSpan {
  start: number
  end: number
  periodType: PeriodKind
}

/** 'YYYY-MM' as the fractional year at the start of that month. */
function monthStart(yearMonth: string): number {
  return Number(yearMonth.slice(0, 4)) + (Number(yearMonth.slice(5, 7)) - 1) / 12
}

export function figureTimeSpan(figure: Timed): TimeSpan {
  const span = periodSpan(figure)
  return {
    start: monthStart(span.start),
    end: monthStart(span.end) + 1 / 12,
    periodType: periodKind(figure),
  }
}

/** The middle of the span: where a point is drawn. */
export function spanMiddle(span: TimeSpan): number {
  return (span.start + span.end) / 2
}
