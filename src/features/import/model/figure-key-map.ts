// Values by a figure's duplicate key (indicator, place, period). Looked up once per row of a file
// of 100,000 rows: nested maps keyed by strings the importer already shares cost far less than
// building and hashing an "indicator|place|period" string for every row. The period is its key
// (periodKey: '2019', '2019-03', '2019-q1', 'fy-2018-10-2019-09'), so a month is not its year.

export class FigureKeyMap<T> {
  private readonly byIndicator = new Map<string, Map<string, Map<string, T>>>()

  get(indicatorId: string, geographyCode: string, period: string): T | undefined {
    return this.byIndicator.get(indicatorId)?.get(geographyCode)?.get(period)
  }

  has(indicatorId: string, geographyCode: string, period: string): boolean {
    return this.byIndicator.get(indicatorId)?.get(geographyCode)?.has(period) ?? false
  }

  set(indicatorId: string, geographyCode: string, period: string, value: T): void {
    let byPlace = this.byIndicator.get(indicatorId)
    if (!byPlace) this.byIndicator.set(indicatorId, (byPlace = new Map()))
    let byPeriod = byPlace.get(geographyCode)
    if (!byPeriod) byPlace.set(geographyCode, (byPeriod = new Map()))
    byPeriod.set(period, value)
  }
}

/** The parts of a key made by figureKey ("indicator|place|period"); null when it is not one. */
export function splitFigureKey(
  key: string,
): { indicatorId: string; geographyCode: string; period: string } | null {
  // From the right: a place code and a period key never hold "|".
  const periodAt = key.lastIndexOf('|')
  const placeAt = periodAt > 0 ? key.lastIndexOf('|', periodAt - 1) : -1
  if (placeAt < 0) return null
  const period = key.slice(periodAt + 1)
  if (!/^(\d{4}(-(0[1-9]|1[0-2]|q[1-4]))?|fy-\d{4}-\d{2}-\d{4}-\d{2})$/.test(period)) return null
  return {
    indicatorId: key.slice(0, placeAt),
    geographyCode: key.slice(placeAt + 1, periodAt),
    period,
  }
}
