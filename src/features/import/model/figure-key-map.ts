// Values by a figure's duplicate key (indicator, place, year). Looked up once per row of a file
// of 100,000 rows: nested maps keyed by strings the importer already shares cost far less than
// building and hashing an "indicator|place|year" string for every row.

export class FigureKeyMap<T> {
  private readonly byIndicator = new Map<string, Map<string, Map<number, T>>>()

  get(indicatorId: string, geographyCode: string, year: number): T | undefined {
    return this.byIndicator.get(indicatorId)?.get(geographyCode)?.get(year)
  }

  has(indicatorId: string, geographyCode: string, year: number): boolean {
    return this.byIndicator.get(indicatorId)?.get(geographyCode)?.has(year) ?? false
  }

  set(indicatorId: string, geographyCode: string, year: number, value: T): void {
    let byPlace = this.byIndicator.get(indicatorId)
    if (!byPlace) this.byIndicator.set(indicatorId, (byPlace = new Map()))
    let byYear = byPlace.get(geographyCode)
    if (!byYear) byPlace.set(geographyCode, (byYear = new Map()))
    byYear.set(year, value)
  }
}

/** The parts of a key made by figureKey ("indicator|place|year"); null when it is not one. */
export function splitFigureKey(key: string): { indicatorId: string; geographyCode: string; year: number } | null {
  // From the right: a place code and a year never hold "|".
  const yearAt = key.lastIndexOf('|')
  const placeAt = yearAt > 0 ? key.lastIndexOf('|', yearAt - 1) : -1
  if (placeAt < 0) return null
  const year = Number(key.slice(yearAt + 1))
  if (!Number.isInteger(year) || key.slice(yearAt + 1) !== String(year)) return null
  return { indicatorId: key.slice(0, placeAt), geographyCode: key.slice(placeAt + 1, yearAt), year }
}
