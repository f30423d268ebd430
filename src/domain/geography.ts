// Region membership is data: a country belongs to a region only when the region's record lists it.
import type { Geography } from '@/domain/dataset-schema'
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'

/** True when `area` (world or region) covers the country, according to the data. */
export function coversCountry(area: Geography, countryCode: string): boolean {
  if (area.level === 'world') return true
  if (area.level === 'region') return area.members?.includes(countryCode) ?? false
  return area.code === countryCode
}

/** Regions (and the world) whose recorded membership includes the country. */
export function aggregatesCovering(index: DatasetIndex, countryCode: string): Geography[] {
  return [...index.geographies.values()].filter(
    (g) => g.level !== 'country' && coversCountry(g, countryCode),
  )
}

/** How a figure relates to the places a user selected. */
export type FigureMatch =
  | { kind: 'own'; figure: DatasetFigure }
  /** A regional or world figure that covers the selected countries listed in `coveredSelection`. */
  | { kind: 'aggregate'; figure: DatasetFigure; coveredSelection: string[] }

/**
 * Figures for a selection of geography codes: each selected place's own figures, plus the
 * regional and world figures that cover a selected country. An empty selection matches all.
 */
export function matchFiguresToSelection(
  index: DatasetIndex,
  figures: DatasetFigure[],
  selection: string[],
): FigureMatch[] {
  if (selection.length === 0) return figures.map((figure) => ({ kind: 'own', figure }))
  const selectedCountries = selection.filter(
    (code) => index.geographies.get(code)?.level === 'country',
  )
  const matches: FigureMatch[] = []
  for (const figure of figures) {
    if (selection.includes(figure.geographyCode)) {
      matches.push({ kind: 'own', figure })
      continue
    }
    const area = index.geographies.get(figure.geographyCode)
    if (!area || area.level === 'country') continue
    const covered = selectedCountries.filter((code) => coversCountry(area, code))
    if (covered.length > 0) matches.push({ kind: 'aggregate', figure, coveredSelection: covered })
  }
  return matches
}
