import { useId } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { hasFilters } from '@/features/filters/model/check-params'
import { describeFilter } from '@/features/filters/model/describe-filter'
import type { FigureFilter } from '@/features/filters/model/filter-figures'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useRememberedFilter } from '@/features/filters/use-remembered-filter'
import { PlacePicker } from '@/features/filters/components/place-picker'
import { YearRangeSelect } from '@/features/filters/components/year-range-select'
import { useLanguage } from '@/lib/language'

interface FilterPanelProps {
  index: DatasetIndex
  /** The filter as the data can honour it (unknown codes dropped). */
  filter: FigureFilter
  /** How many figures the page shows under this filter. */
  shownCount: number
  /** True when a selected country brings in regional or world figures. */
  showsAggregates: boolean
}

/** Country/region and year filters; every choice is a new URL (shareable, back/forward). */
export function FilterPanel({ index, filter, shownCount, showsAggregates }: FilterPanelProps) {
  const { lang, t } = useLanguage()
  const { params, setParams } = useViewParams()
  const id = useId()
  const memory = useRememberedFilter(params, filter)
  return (
    <section className="filter-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="filter-panel__title">
        {t('dashboard.filters.title')}
      </h2>
      {memory && <memory.FilterMemoryNotice index={index} />}
      <div className="filter-panel__controls">
        <PlacePicker
          index={index}
          selected={filter.places}
          onChange={(places) => setParams({ places })}
        />
        <YearRangeSelect
          index={index}
          years={filter.years}
          onChange={(years) => setParams({ years })}
        />
        {hasFilters(params) && (
          <button
            type="button"
            className="filter-panel__clear"
            onClick={() => setParams({ places: [], years: null })}
          >
            {t('dashboard.filters.clear')}
          </button>
        )}
      </div>
      <p className="filter-panel__status" role="status">
        {t('dashboard.filters.showing', {
          count: shownCount,
          filter: describeFilter(index, filter, lang, t),
        })}
        {showsAggregates && <> {t('dashboard.filters.aggregatesIncluded')}</>}
      </p>
    </section>
  )
}
