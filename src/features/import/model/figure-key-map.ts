// Values by a figure's duplicate key (indicator, place, period). Looked up once per row of a file
// of 100,000 rows: nested maps keyed by strings the importer already shares cost far less than
// building and hashing an "indicator|place|period" string for every row. The period is its key
// (periodKey: '2019', '2019-03', '2019-q1', 'fy-2018-10-2019-09'), so a month is not its year.

export class FigureKeyMap<T> {
  private readonly byIndicator = new Map<string, Map<string, Map<string, T>>>()

  get(indicatorId: string, geographyCode: string, period: string): T | undefined {
    return this.byIndicator.get(indicatorId)?.get(geographyCode)?.get(period)
  }

  set(indicatorId: string, geographyCode: string, period: string, value: T): void {
    let byPlace = this.byIndicator.get(indicatorId)
    if (!byPlace) this.byIndicator.set(indicatorId, (byPlace = new Map()))
    let byPeriod = byPlace.get(geographyCode)
    if (!byPeriod) byPlace.set(geographyCode, (byPeriod = new Map()))
    byPeriod.set(period, value)
  }
}
