import { useId, useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { Indicator } from '@/domain/dataset-schema'
import { describeFigure, type NotesFor } from '@/domain/figure-description'
import type { FigureMatch } from '@/domain/geography'
import { pickText } from '@/domain/translate'
import type { Tab } from '@/features/filters/model/view-params'
import type { FigureFilter } from '@/features/filters/model/filter-figures'
import { findAlternatives } from '@/features/filters/model/find-alternatives'
import { NoMatchNotice } from '@/features/filters/components/no-match-notice'
import { IndicatorTabs } from '@/features/indicator/components/indicator-tabs'
import { IndicatorFigure } from '@/features/indicator/components/indicator-figure'
import { useLanguage } from '@/lib/language'

interface IndicatorViewProps {
  index: DatasetIndex
  indicator: Indicator
  filter: FigureFilter
  /** The indicator's figures that the filter shows. */
  matches: FigureMatch[]
  tab: Tab
  /** Set under a place filter: writes the notes of the view of aggregates. */
  notesFor?: NotesFor
}

/** An indicator's figures as chart or table, or what exists instead when the filter matches none. */
export function IndicatorView({ index, indicator, filter, matches, tab, notesFor }: IndicatorViewProps) {
  const { lang, t } = useLanguage()
  const id = useId().replace(/:/g, '')
  const name = pickText(indicator.name, lang).text
  const descriptions = useMemo(() => matches.map((m) => describeFigure(m, index, lang, t, notesFor)), [matches, index, lang, t, notesFor])
  if (descriptions.length === 0) {
    const ofIndicator = index.figures.filter((f) => f.indicatorId === indicator.id)
    return <NoMatchNotice index={index} filter={filter} alternatives={findAlternatives(index, ofIndicator, filter)} subject={name} />
  }
  return (
    <IndicatorTabs current={tab} idPrefix={id}>
      <IndicatorFigure title={name} descriptions={descriptions} tab={tab} fileStem={indicator.id} />
    </IndicatorTabs>
  )
}
