import { useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { checkParamsAgainstData } from '@/features/filters/model/check-params'
import type { FigureFilter } from '@/features/filters/model/filter-figures'
import { useViewParams } from '@/features/filters/use-view-params'

/** The URL's filter checked against the data: what can be shown, and notices for what cannot. */
export function useFigureFilter(index: DatasetIndex) {
  const { params } = useViewParams()
  const checked = useMemo(() => checkParamsAgainstData(params, index), [params, index])
  const filter = useMemo<FigureFilter>(() => ({ places: checked.places, years: params.years }), [checked.places, params.years])
  return { params, checked, filter }
}
