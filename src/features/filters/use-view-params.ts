import { useCallback, useMemo } from 'react'
import { navigateToSearch, useLocationSearch } from '@/lib/url-state'
import { parseViewParams, serializeViewParams, type ViewParams } from '@/features/filters/model/view-params'

/** Parameters the development build accepts for msw scenarios. */
const devOnlyParams = import.meta.env.DEV ? ['scenario'] : []

/** The view described by the URL, and a way to change it (each change is a history entry). */
export function useViewParams() {
  const search = useLocationSearch()
  const { params, notices } = useMemo(() => parseViewParams(search, devOnlyParams), [search])
  const setParams = useCallback(
    (patch: Partial<ViewParams>, options?: { replace?: boolean }) => {
      const current = parseViewParams(window.location.search, devOnlyParams).params
      const extra = new URLSearchParams(window.location.search)
      const keep = devOnlyParams.filter((p) => extra.has(p)).map((p) => `${p}=${encodeURIComponent(extra.get(p) ?? '')}`)
      const next = serializeViewParams({ ...current, ...patch })
      navigateToSearch([next, ...keep].filter(Boolean).join(next ? '&' : '?'), options)
    },
    [],
  )
  return { params, notices, setParams }
}
