// A page other sites may frame (docs/routes.md): one indicator's chart under the link's filters.
// Its title, source, caveats and link back cannot be switched off: the embed code is only an
// address.
import { useMemo } from 'react'
import type { PageProps } from '@/app/pages/page-props'
import { BackLink, NothingHere, useReportHeight } from '@/app/pages/embed-parts'
import { describeFigure } from '@/domain/figure-description'
import { pickText } from '@/domain/translate'
import { filterFigures } from '@/features/filters/model/filter-figures'
import { useFigureFilter } from '@/features/filters/use-figure-filter'
import { defaultChartType } from '@/features/charts/model/chart-type'
import { sortFigures } from '@/features/charts/model/sort-figures'
import { IndicatorFigure } from '@/features/indicator/components/indicator-figure'
import { IndicatorMap } from '@/features/indicator/components/lazy-indicator-map'
import { serializeViewParams } from '@/lib/routing/location'
import { useLanguage } from '@/lib/language'

/** One indicator's chart (or map) under the link's filters, with its title, source, caveats and a link back. */
export function EmbedChartPage({ index }: PageProps) {
  useReportHeight()
  const { lang, t } = useLanguage()
  const { params, checked, filter, notesFor } = useFigureFilter(index)
  const indicator = checked.indicator ? index.indicators.get(checked.indicator) : undefined
  const descriptions = useMemo(() => {
    if (!indicator) return []
    const ofIndicator = index.figures.filter((f) => f.indicatorId === indicator.id)
    const matches = filterFigures(index, ofIndicator, filter)
    const described = matches.map((m) => describeFigure(m, index, lang, t, notesFor))
    return sortFigures(described, params.sort, lang)
  }, [index, indicator, filter, lang, t, notesFor, params.sort])
  if (!indicator || descriptions.length === 0) return <NothingHere />
  return (
    <>
      {params.tab === 'map' ? (
        <IndicatorMap
          index={index}
          title={pickText(indicator.name, lang).text}
          descriptions={descriptions}
          fileStem={indicator.id}
          embedded
        />
      ) : (
        <IndicatorFigure
          title={pickText(indicator.name, lang).text}
          descriptions={descriptions}
          tab={params.tab ?? defaultChartType(descriptions)}
          sort={params.sort}
          onSort={() => undefined}
          fileStem={indicator.id}
          embedded
        />
      )}
      <BackLink href={serializeViewParams(params)} />
    </>
  )
}
