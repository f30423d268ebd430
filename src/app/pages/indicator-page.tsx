import { lazy, Suspense, useMemo } from 'react'
import type { PageProps } from '@/app/pages/page-props'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { ParamNotices } from '@/features/navigation/components/param-notices'
import { filterFigures } from '@/features/filters/model/filter-figures'
import { useFigureFilter } from '@/features/filters/use-figure-filter'
import { useImportedMark } from '@/features/filters/use-imported-mark'
import { FilterPanel } from '@/features/filters/components/filter-panel'
import { ViewLink } from '@/lib/routing/view-link'
import { IndicatorView } from '@/features/indicator/components/indicator-view'
import { SendImportedFigures } from '@/features/export/components/send-imported-later'
import { useLanguage } from '@/lib/language'

// The list of indicators, for a link that names none (or one the data lacks): loaded then.
const IndicatorList = lazy(() =>
  import('@/features/indicator/components/indicator-list').then((m) => ({
    default: m.IndicatorList,
  })),
)

/** One indicator's figures under the filters, as a chart or a table (?view=indicator&indicator=…). */
export function IndicatorPage({ index }: PageProps) {
  const { t } = useLanguage()
  const { params, checked, filter, notesFor } = useFigureFilter(index)
  const indicator = checked.indicator ? index.indicators.get(checked.indicator) : undefined
  const matches = useMemo(
    () =>
      indicator
        ? filterFigures(
            index,
            index.figures.filter((f) => f.indicatorId === indicator.id),
            filter,
          )
        : [],
    [index, indicator, filter],
  )
  useImportedMark(index, matches)
  if (!indicator) {
    return (
      <>
        <ParamNotices notices={checked.notices} />
        <Suspense fallback={null}>
          <IndicatorList index={index} />
        </Suspense>
      </>
    )
  }
  return (
    <>
      <ParamNotices notices={checked.notices} />
      <p className="back-link">
        <ViewLink patch={{ view: 'overview', indicator: null }}>
          {t('dashboard.indicator.back')}
        </ViewLink>
      </p>
      <h2 className="indicator-heading">
        <DatasetText text={indicator.name} />
      </h2>
      <p className="indicator-description">
        <DatasetText text={indicator.description} />
      </p>
      <FilterPanel
        index={index}
        filter={filter}
        shownCount={matches.length}
        showsAggregates={matches.some((m) => m.kind === 'aggregate')}
      />
      <SendImportedFigures index={index} matches={matches} />
      <IndicatorView
        index={index}
        indicator={indicator}
        filter={filter}
        matches={matches}
        tab={params.tab}
        sort={params.sort}
        notesFor={notesFor}
      />
    </>
  )
}
