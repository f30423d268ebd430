// Which figure heads an indicator on the overview, and how the card sums up the others. The rule
// is written down in docs/headline-rule.md; tests/features/indicator/headline.test.ts holds it.
import type { DatasetIndex } from '@/domain/dataset-index'
import type { Indicator } from '@/domain/dataset-schema'
import { compareEstimates } from '@/domain/format-estimate'
import type { FigureMatch } from '@/domain/geography'
import { periodSpan } from '@/domain/period'
import { pickText, type Language, type Translate } from '@/domain/translate'

const levelRank = { country: 0, region: 1, world: 2 } as const

/**
 * The headline, first in this order: a built-in (sourced) figure before an imported one, so an
 * import never hides it; a selected place's own figure before an aggregate covering it; the
 * latest period; the narrowest area; the larger value; then the order of the data (built-in
 * data, then imports in the order they were made). Never by name or id.
 */
export function pickHeadline(index: DatasetIndex, matches: FigureMatch[]): FigureMatch | undefined {
  const rank = (m: FigureMatch) =>
    levelRank[index.geographies.get(m.figure.geographyCode)?.level ?? 'country']
  const before = (a: FigureMatch, b: FigureMatch) =>
    Number(a.figure.origin.kind === 'imported') - Number(b.figure.origin.kind === 'imported') ||
    Number(a.kind === 'aggregate') - Number(b.kind === 'aggregate') ||
    compareText(periodSpan(b.figure).end, periodSpan(a.figure).end) ||
    rank(a) - rank(b) ||
    compareEstimates(b.figure.estimate, a.figure.estimate)
  // One pass, keeping the first of equals (data order); sorting every match would be wasted on large imports.
  return matches.reduce<FigureMatch | undefined>(
    (best, m) => (best === undefined || before(m, best) < 0 ? m : best),
    undefined,
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * "8 figures: 8 places, 2020" or "7 figures: Jamaica, 2016–2022; 7 imported": how many figures
 * an indicator has under the filter, of which places and years; null for a single figure.
 */
export function summarizeFigures(
  index: DatasetIndex,
  matches: FigureMatch[],
  lang: Language,
  t: Translate,
): string | null {
  if (matches.length < 2) return null
  const codes = [...new Set(matches.map((m) => m.figure.geographyCode))]
  const places =
    codes.length <= 3
      ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(
          codes.map((code) => {
            const geo = index.geographies.get(code)
            return geo ? pickText(geo.name, lang).text : code
          }),
        )
      : t('dashboard.overview.places', { count: codes.length })
  const years = matches.map((m) => m.figure.year)
  const first = Math.min(...years)
  const last = Math.max(...years)
  const imported = matches.filter((m) => m.figure.origin.kind === 'imported').length
  return t(imported > 0 ? 'dashboard.overview.summaryImported' : 'dashboard.overview.summary', {
    count: matches.length,
    places,
    years: first === last ? String(first) : `${first}–${last}`,
    imported,
  })
}

export interface IndicatorMatches {
  indicator: Indicator
  matches: FigureMatch[]
}

/** The indicators of a theme, in dataset order, each with the figures the filter shows for it. */
export function indicatorsOfTheme(
  index: DatasetIndex,
  theme: Indicator['theme'],
  matches: FigureMatch[],
): IndicatorMatches[] {
  return index.dataset.indicators
    .filter((indicator) => indicator.theme === theme)
    .map((indicator) => ({
      indicator,
      matches: matches.filter((m) => m.figure.indicatorId === indicator.id),
    }))
}
