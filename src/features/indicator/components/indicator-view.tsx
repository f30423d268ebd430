import { useCallback, useId, useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { Indicator } from '@/domain/dataset-schema'
import { describeFigure, type NotesFor } from '@/domain/figure-description'
import type { FigureMatch } from '@/domain/geography'
import { pickText } from '@/domain/translate'
import type { SortState, Tab } from '@/lib/routing/view-params'
import type { FigureFilter } from '@/features/filters/model/filter-figures'
import { useViewParams } from '@/lib/routing/use-view-params'
import { NoMatch } from '@/features/filters/components/no-match'
import { defaultChartType } from '@/features/charts/model/chart-type'
import { sortFigures } from '@/features/charts/model/sort-figures'
import { IndicatorTabs } from '@/features/indicator/components/indicator-tabs'
import { IndicatorFigure } from '@/features/indicator/components/indicator-figure'
import { IndicatorMap } from '@/features/indicator/components/lazy-indicator-map'
import { useLanguage } from '@/lib/language'

interface IndicatorViewProps {
  index: DatasetIndex
  indicator: Indicator
  filter: FigureFilter
  /** The indicator's figures that the filter shows. */
  matches: FigureMatch[]
  /** The chart type the link asks for; null: the default for the data's shape. */
  tab: Tab | null
  sort: SortState
  /** Set under a place filter: writes the notes of the view of aggregates. */
  notesFor?: NotesFor
}

/** An indicator's figures as line, bars or table, or what exists instead when the filter matches none. */
export function IndicatorView({
  index,
  indicator,
  filter,
  matches,
  tab,
  sort,
  notesFor,
}: IndicatorViewProps) {
  const { lang, t } = useLanguage()
  const { setParams } = useViewParams()
  const id = useId().replace(/:/g, '')
  const name = pickText(indicator.name, lang).text
  const descriptions = useMemo(
    () => matches.map((m) => describeFigure(m, index, lang, t, notesFor)),
    [matches, index, lang, t, notesFor],
  )
  // One order for the bars, the table and every export: the sort in the link.
  const sorted = useMemo(() => sortFigures(descriptions, sort, lang), [descriptions, sort, lang])
  const onSort = useCallback((next: SortState) => setParams({ sort: next }), [setParams])
  if (descriptions.length === 0) {
    const ofIndicator = index.figures.filter((f) => f.indicatorId === indicator.id)
    return <NoMatch index={index} filter={filter} figures={ofIndicator} subject={name} />
  }
  const shown = tab ?? defaultChartType(descriptions)
  return (
    <IndicatorTabs current={shown} idPrefix={id}>
      {shown === 'map' ? (
        <IndicatorMap index={index} title={name} descriptions={sorted} fileStem={indicator.id} />
      ) : (
        <IndicatorFigure
          title={name}
          descriptions={sorted}
          tab={shown}
          sort={sort}
          onSort={onSort}
          fileStem={indicator.id}
        />
      )}
    </IndicatorTabs>
  )
}
