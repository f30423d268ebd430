// The year filter as two selects (from, to). Each change keeps the span valid (from <= to).
import type { YearSpan } from '@/lib/routing/view-params'

export interface YearOption {
  year: number
  hasFigures: boolean
}

/** Every year from the earliest to the latest with figures, widened to include a linked span. */
export function yearOptions(yearsWithFigures: number[], selected: YearSpan | null): YearOption[] {
  const ends = [...yearsWithFigures, ...(selected ? [selected.from, selected.to] : [])]
  if (ends.length === 0) return []
  const first = Math.min(...ends)
  const last = Math.max(...ends)
  const have = new Set(yearsWithFigures)
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    hasFigures: have.has(first + i),
  }))
}

/** A new start year; `null` ("all years") clears the year filter. The end moves up if needed. */
export function withFromYear(current: YearSpan | null, from: number | null): YearSpan | null {
  if (from === null) return null
  return { from, to: current ? Math.max(current.to, from) : from }
}

/** A new end year; `null` ("all years") clears the year filter. The start moves down if needed. */
export function withToYear(current: YearSpan | null, to: number | null): YearSpan | null {
  if (to === null) return null
  return { from: current ? Math.min(current.from, to) : to, to }
}
