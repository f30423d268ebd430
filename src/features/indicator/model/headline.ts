// Which figure heads an indicator on the overview when several match the filter.
import type { DatasetIndex } from '@/domain/dataset-index'
import type { Indicator } from '@/domain/dataset-schema'
import type { FigureMatch } from '@/domain/geography'
import { compareCodes } from '@/features/filters/model/filter-figures'

const levelRank = { country: 0, region: 1, world: 2 } as const

/**
 * The headline: a selected place's own figure before an aggregate covering it, then the latest
 * year, then the narrowest area (country, region, world), then the id for a stable choice.
 */
export function pickHeadline(index: DatasetIndex, matches: FigureMatch[]): FigureMatch | undefined {
  const rank = (m: FigureMatch) => levelRank[index.geographies.get(m.figure.geographyCode)?.level ?? 'country']
  const before = (a: FigureMatch, b: FigureMatch) =>
    Number(a.kind === 'aggregate') - Number(b.kind === 'aggregate') ||
    b.figure.year - a.figure.year ||
    rank(a) - rank(b) ||
    compareCodes(a.figure.id, b.figure.id)
  // One pass for the first in that order; sorting every match would be wasted on large imports.
  return matches.reduce<FigureMatch | undefined>((best, m) => (best === undefined || before(m, best) < 0 ? m : best), undefined)
}

export interface IndicatorMatches {
  indicator: Indicator
  matches: FigureMatch[]
}

/** The indicators of a theme, in dataset order, each with the figures the filter shows for it. */
export function indicatorsOfTheme(index: DatasetIndex, theme: Indicator['theme'], matches: FigureMatch[]): IndicatorMatches[] {
  return index.dataset.indicators
    .filter((indicator) => indicator.theme === theme)
    .map((indicator) => ({ indicator, matches: matches.filter((m) => m.figure.indicatorId === indicator.id) }))
}
