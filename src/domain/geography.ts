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
 * Figures keep their order. How a figure relates to the selection depends only on its place,
 * so it is decided once per distinct place (an import of 100,000 figures has a few hundred).
 */
export function matchFiguresToSelection(
  index: DatasetIndex,
  figures: DatasetFigure[],
  selection: string[],
): FigureMatch[] {
  if (selection.length === 0) return figures.map((figure) => ({ kind: 'own', figure }))
  const relationOf = placeRelations(index, selection)
  const matches: FigureMatch[] = []
  for (const figure of figures) {
    const relation = relationOf(figure.geographyCode)
    if (relation === 'own') matches.push({ kind: 'own', figure })
    else if (relation) matches.push({ kind: 'aggregate', figure, coveredSelection: relation })
  }
  return matches
}

/**
 * For a selection, a lookup from a place's code to how its figures match: 'own', the selected
 * countries it covers (a region or the world), or null. Memoised per code.
 */
function placeRelations(
  index: DatasetIndex,
  selection: string[],
): (code: string) => 'own' | string[] | null {
  const selected = new Set(selection)
  const selectedCountries = selection.filter(
    (code) => index.geographies.get(code)?.level === 'country',
  )
  const known = new Map<string, 'own' | string[] | null>()
  return (code) => {
    let relation = known.get(code)
    if (relation !== undefined) return relation
    relation = null
    if (selected.has(code)) relation = 'own'
    else {
      const area = index.geographies.get(code)
      if (area && area.level !== 'country') {
        const covered = selectedCountries.filter((country) => coversCountry(area, country))
        if (covered.length > 0) relation = covered
      }
    }
    known.set(code, relation)
    return relation
  }
}
