// The filter in words, for the status line, the empty state and a chart's subtitle.
import type { DatasetIndex } from '@/domain/dataset-index'
import { joinNames } from '@/domain/caveats'
import { pickText, type Language, type Translate } from '@/domain/translate'
import type { YearSpan } from '@/lib/routing/view-params'
import type { FigureFilter } from '@/features/filters/model/filter-figures'

export function placeName(index: DatasetIndex, code: string, lang: Language): string {
  const geo = index.geographies.get(code)
  return geo ? pickText(geo.name, lang).text : code
}

/** "2016", "2016–2018" (en dash, the locale's range style), or the "all years" text. */
export function describeYears(years: YearSpan | null, lang: Language, t: Translate): string {
  if (!years) return t('dashboard.filters.allYears')
  if (years.from === years.to) return String(years.from)
  return new Intl.NumberFormat(lang, { useGrouping: false }).formatRange(years.from, years.to)
}

/** "Jamaica and Barbados", or the "all countries and regions" text. */
export function describePlaces(
  index: DatasetIndex,
  places: string[],
  lang: Language,
  t: Translate,
): string {
  if (places.length === 0) return t('dashboard.filters.allPlaces')
  return joinNames(
    places.map((code) => placeName(index, code, lang)),
    lang,
  )
}

/** "Jamaica, 2019" */
export function describeFilter(
  index: DatasetIndex,
  filter: FigureFilter,
  lang: Language,
  t: Translate,
): string {
  return t('dashboard.filters.description', {
    places: describePlaces(index, filter.places, lang, t),
    years: describeYears(filter.years, lang, t),
  })
}
