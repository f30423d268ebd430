// The subtitle under an indicator's chart: which places and years are shown.
import type { FigureDescription } from '@/domain/figure-description'
import { periodYears } from '@/domain/period'
import type { Language, Translate } from '@/domain/translate'

/** "2016" or "2016–2018" in the language's range style. */
export function formatYearRange(years: number[], lang: Language): string {
  if (years.length === 0) return ''
  const first = Math.min(...years)
  const last = Math.max(...years)
  if (first === last) return String(first)
  return new Intl.NumberFormat(lang, { useGrouping: false }).formatRange(first, last)
}

/** "World, Caribbean (CARICOM member states) · 2016–2018" */
export function describeShown(
  descriptions: FigureDescription[],
  lang: Language,
  t: Translate,
): string {
  const places = [...new Set(descriptions.map((d) => d.placeName.text))]
  return t('dashboard.indicator.subtitle', {
    places: places.join(', '),
    years: formatYearRange(
      descriptions.flatMap((d) => Object.values(periodYears(d.figure))),
      lang,
    ),
  })
}
