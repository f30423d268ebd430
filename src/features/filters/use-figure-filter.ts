import { useMemo } from 'react'
import { useViewNotes } from '@/features/filters/load-view-notes'
import type { DatasetIndex } from '@/domain/dataset-index'
import { checkParamsAgainstData } from '@/features/filters/model/check-params'
import type { FigureFilter } from '@/features/filters/model/filter-figures'
import { useViewParams } from '@/lib/routing/use-view-params'

/** The URL's filter checked against the data: what can be shown, and notices for what cannot. */
export function useFigureFilter(index: DatasetIndex) {
  const { params } = useViewParams()
  // A selected place can bring aggregates, which carry notes of the view (loaded on first use).
  const notesFor = useViewNotes(params.places.length > 0)
  const checked = useMemo(() => checkParamsAgainstData(params, index), [params, index])
  const filter = useMemo<FigureFilter>(
    () => ({ places: checked.places, years: checked.years }),
    [checked.places, checked.years],
  )
  return { params, checked, filter, notesFor }
}
