// Where a figure sits in time, in fractional years (2016.5 is the middle of 2016), so that any
// period (a calendar year, a fiscal year spanning its months, a quarter) has a true place on a
// time axis. Until figures carry their own period type, every figure is a calendar year.

/** A figure's period on the time axis: [start, end) in fractional years. */
export interface TimeSpan {
  start: number
  end: number
  /** What kind of period the source counts by, e.g. 'calendar-year'. */
  periodType: string
}

export function figureTimeSpan(figure: { year: number }): TimeSpan {
  return { start: figure.year, end: figure.year + 1, periodType: 'calendar-year' }
}

/** The middle of the span: where a point is drawn. */
export function spanMiddle(span: TimeSpan): number {
  return (span.start + span.end) / 2
}
