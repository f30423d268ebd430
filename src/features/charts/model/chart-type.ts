// Which chart a set of figures gets when the link does not say (docs/charts.md, "Default chart").
import type { FigureDescription } from '@/domain/figure-description'
import { figureTimeSpan } from '@/features/charts/model/time-span'

export type ChartType = 'line' | 'bar'

/**
 * A line over time when at least one place has figures for two or more periods (there is a
 * change to see); otherwise ranked bars: one period across places, or a single figure as a
 * single bar.
 */
export function defaultChartType(descriptions: FigureDescription[]): ChartType {
  const periods = new Map<string, Set<number>>()
  for (const d of descriptions) {
    const seen = periods.get(d.figure.geographyCode) ?? new Set<number>()
    seen.add(figureTimeSpan(d.figure).start)
    if (seen.size > 1) return 'line'
    periods.set(d.figure.geographyCode, seen)
  }
  return 'bar'
}
