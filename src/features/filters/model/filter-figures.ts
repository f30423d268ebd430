// Which figures a filter shows. Geography follows the data: a selected country brings its own
// figures and the regional and world figures whose recorded membership covers it.
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import { matchFiguresToSelection, type FigureMatch } from '@/domain/geography'
import { overlapsYears, periodStart, type Timed } from '@/domain/period'
import type { YearSpan } from '@/lib/routing/view-params'

/** The filter as the data can honour it (unknown codes already dropped). */
export interface FigureFilter {
  places: string[]
  years: YearSpan | null
}

/** True when the figure's period overlaps the years (a fiscal year counts in both years it touches). */
export function inYears(figure: Timed, years: YearSpan | null): boolean {
  return years === null || overlapsYears(figure, years.from, years.to)
}

const levelOrder = { world: 0, region: 1, country: 2 } as const

/** Code-point order for ids and codes (ASCII): far cheaper than localeCompare over 100,000 figures. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Orders geography codes from the widest area to the narrowest: world, regions, countries, then by code. */
export function compareGeographies(index: DatasetIndex): (a: string, b: string) => number {
  const rank = (code: string) => levelOrder[index.geographies.get(code)?.level ?? 'country']
  return (a, b) => rank(a) - rank(b) || compareCodes(a, b)
}

/** Matches in a stable reading order: by the period's first month, then widest area first, then id. */
export function sortMatches(index: DatasetIndex, matches: FigureMatch[]): FigureMatch[] {
  const byGeography = compareGeographies(index)
  return [...matches].sort(
    (a, b) =>
      compareCodes(periodStart(a.figure), periodStart(b.figure)) ||
      byGeography(a.figure.geographyCode, b.figure.geographyCode) ||
      compareCodes(a.figure.id, b.figure.id),
  )
}

/** The figures a filter shows, each marked as the place's own or as an aggregate covering it. */
export function filterFigures(
  index: DatasetIndex,
  figures: DatasetFigure[],
  filter: FigureFilter,
): FigureMatch[] {
  const inPeriod = figures.filter((f) => inYears(f, filter.years))
  return sortMatches(index, matchFiguresToSelection(index, inPeriod, filter.places))
}
