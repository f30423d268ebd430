// What exists instead when a filter matches nothing, so the page can offer a way forward
// rather than an empty chart.
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import { aggregatesCovering, matchFiguresToSelection } from '@/domain/geography'
import { periodYears } from '@/domain/period'
import {
  compareGeographies,
  inYears,
  type FigureFilter,
} from '@/features/filters/model/filter-figures'

export interface CoveringArea {
  code: string
  /** How many of the given figures this area has in the selected years. */
  figureCount: number
}

export interface Alternatives {
  /** Years that have figures for the selected places (ignoring the year filter), ascending. */
  years: number[]
  /** Places with figures of their own in the selected years (ignoring the place filter). */
  places: string[]
  /** For selected countries: the world and the regions whose recorded membership includes them. */
  coveringAreas: CoveringArea[]
}

/** Every year a figure's period touches. */
function yearsOf(figure: DatasetFigure): number[] {
  const { first, last } = periodYears(figure)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

export function findAlternatives(
  index: DatasetIndex,
  figures: DatasetFigure[],
  filter: FigureFilter,
): Alternatives {
  const forPlaces = matchFiguresToSelection(index, figures, filter.places)
  const years = [...new Set(forPlaces.flatMap((m) => yearsOf(m.figure)))].sort((a, b) => a - b)

  const inPeriod = figures.filter((f) => inYears(f, filter.years))
  const places = [...new Set(inPeriod.map((f) => f.geographyCode))]
    .filter((code) => !filter.places.includes(code))
    .sort(compareGeographies(index))

  const countries = filter.places.filter((code) => index.geographies.get(code)?.level === 'country')
  const seen = new Set<string>()
  const coveringAreas: CoveringArea[] = []
  for (const country of countries) {
    for (const area of aggregatesCovering(index, country)) {
      if (seen.has(area.code)) continue
      seen.add(area.code)
      coveringAreas.push({
        code: area.code,
        figureCount: inPeriod.filter((f) => f.geographyCode === area.code).length,
      })
    }
  }
  const byGeography = compareGeographies(index)
  coveringAreas.sort((a, b) => byGeography(a.code, b.code))
  return { years, places, coveringAreas }
}
