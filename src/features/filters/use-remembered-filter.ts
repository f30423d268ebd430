import { useEffect, useRef } from 'react'
import { hasFilters } from '@/features/filters/model/check-params'
import type { FigureFilter } from '@/features/filters/model/filter-figures'
import type { RememberedFilter } from '@/features/filters/model/remembered-filter'
import type { ViewParams } from '@/lib/routing/view-params'
import { useViewParams } from '@/lib/routing/use-view-params'
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'
import { useLoaded } from '@/lib/use-loaded'

// The memory acts only after the first view is drawn (in an effect), so its store, its storage
// checks and its notice (with its messages) load then, not with the view (the first-view budget, scripts/bench-size.ts).
const loadMemory = loadOnce(() =>
  Promise.all([
    import('@/features/filters/stores/filter-memory-store'),
    import('@/features/filters/components/filter-memory-notice'),
    loadGroup('filters'),
  ]).then(([store, notice]) => ({
    useFilterMemory: store.useFilterMemory,
    FilterMemoryNotice: notice.FilterMemoryNotice,
  })),
)

/** The memory's store and notice, once loaded (undefined before). */
export type FilterMemory = NonNullable<ReturnType<typeof loadMemory.peek>>

/**
 * Remembers the filter across visits. On mount, a link that names no filter gets the last one
 * (written into the URL, replacing the entry, so back/forward and sharing still follow the URL);
 * afterwards every change of filter is remembered. Only the first mount applies it, so going
 * back to an unfiltered entry is not undone. Returns the memory once loaded, for its notice.
 * Should it fail to load (offline), the page works as before, without the memory.
 */
export function useRememberedFilter(
  params: Pick<ViewParams, 'places' | 'years'>,
  checked: FigureFilter,
): FilterMemory | undefined {
  const { setParams } = useViewParams()
  const { value: memory } = useLoaded(loadMemory, true)
  const decided = useRef(false)
  // Set while the remembered filter is on its way into the URL: an empty filter seen meanwhile is stale.
  const applying = useRef<RememberedFilter | null>(null)
  useEffect(() => {
    if (!memory) return
    const { useFilterMemory } = memory
    if (!decided.current) {
      decided.current = true
      void useFilterMemory.persist.rehydrate() // localStorage is synchronous: state is read by now
      const { remembered, markRestored } = useFilterMemory.getState()
      if (!hasFilters(params) && remembered) {
        applying.current = remembered
        markRestored(remembered)
        setParams(
          { places: remembered.places, years: remembered.years },
          { replace: true, keepNotices: true },
        )
        return
      }
    }
    if (applying.current) {
      if (!hasFilters(params)) return
      applying.current = null
    }
    useFilterMemory
      .getState()
      .remember(hasFilters(checked) ? { places: checked.places, years: checked.years } : null)
    // `checked` changes with every change of the link's filter; `params` is read alongside it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checked, memory])
  return memory
}
