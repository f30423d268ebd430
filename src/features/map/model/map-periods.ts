// The periods a map can show: one map per period, as the source states it (a calendar year, a
// fiscal year, a quarter, a month), never a sum across periods.
import type { FigureDescription } from '@/domain/figure-description'
import { periodKey, periodStart } from '@/domain/period'

export interface MapPeriod {
  /** '2019', '2019-q1', 'fy-2018-10-2019-09' (domain/period.ts). */
  key: string
  /** As the figures write it: "2019", "FY2019 (Oct 2018 – Sep 2019)". */
  label: string
  /** How many of the view's figures are of this period. */
  count: number
}

/** The periods of the view's figures, earliest first. */
export function listMapPeriods(descriptions: readonly FigureDescription[]): MapPeriod[] {
  const periods = new Map<string, MapPeriod & { start: string }>()
  for (const d of descriptions) {
    const key = periodKey(d.figure)
    const known = periods.get(key)
    if (known) known.count++
    else periods.set(key, { key, label: d.period, count: 1, start: periodStart(d.figure) })
  }
  return [...periods.values()]
    .sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key))
    .map(({ key, label, count }) => ({ key, label, count }))
}

/**
 * The period a map opens on: the one asked for when the view has it, else the latest period
 * with a country's own figure (what a map shows best), else the latest.
 */
export function chooseMapPeriod(
  descriptions: readonly FigureDescription[],
  periods: readonly MapPeriod[],
  asked: string | null,
): MapPeriod | undefined {
  const asAsked = periods.find((p) => p.key === asked)
  if (asAsked) return asAsked
  const withCountries = new Set(
    descriptions.filter((d) => d.placeLevel === 'country').map((d) => periodKey(d.figure)),
  )
  return periods.findLast((p) => withCountries.has(p.key)) ?? periods[periods.length - 1]
}

/** The view's figures of one period, in the view's order. */
export function figuresOfPeriod(
  descriptions: readonly FigureDescription[],
  key: string,
): FigureDescription[] {
  return descriptions.filter((d) => periodKey(d.figure) === key)
}
