// An indicator counts in one unit, or in a declared set. Where two units remain (a declared set,
// or figures whose unit the person kept when the import asked), a view says so beside the chart instead of
// drawing one indicator on two scales without a word.
import type { DatasetIndex } from '@/domain/dataset-index'

/** Every indicator's units, for the importer's check (one pass over the figures). */
export function unitsByIndicator(
  index: Pick<DatasetIndex, 'indicators' | 'figures'>,
): Record<string, string[]> {
  const units: Record<string, string[]> = {}
  for (const f of index.figures) {
    const list = (units[f.indicatorId] ??= [])
    if (!list.includes(f.unit)) list.push(f.unit)
  }
  for (const [id, indicator] of index.indicators)
    if (indicator.units && indicator.units.length > 0) units[id] = indicator.units
  return units
}
