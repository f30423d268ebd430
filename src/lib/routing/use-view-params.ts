import { useCallback, useMemo } from 'react'
import { entryState, navigateTo, splitLocation, useLocation } from '@/lib/routing/url-state'
import { parseLocation, serializeViewParams } from '@/lib/routing/location'
import type { ParamNotice, ViewParams } from '@/lib/routing/view-params'

/** Parameters the development build accepts for msw scenarios. */
const devOnlyParams = import.meta.env.DEV ? ['scenario'] : []

const noticeReasons = new Set<string>([
  'unknown-parameter',
  'malformed',
  'unknown-value',
  'missing-imports',
  'needs-import',
  'repeated',
  'years-clamped',
  'years-outside',
])

/** The notices a correction of the link carried over in the history entry (see setParams). */
function carriedNotices(state: unknown): ParamNotice[] {
  const list = (state as { linkNotices?: unknown } | null)?.linkNotices
  if (!Array.isArray(list)) return []
  return list.filter(
    (n): n is ParamNotice =>
      !!n &&
      typeof n === 'object' &&
      typeof n.param === 'string' &&
      typeof n.value === 'string' &&
      noticeReasons.has(n.reason),
  )
}

/**
 * The view described by the URL (and what kind of page the path asks for), and a way to change
 * it (each change is a history entry).
 */
export function useViewParams() {
  const location = useLocation()
  const { params, notices, page } = useMemo(() => {
    const { pathname, search } = splitLocation(location)
    const parsed = parseLocation(pathname, search, devOnlyParams)
    return { ...parsed, notices: [...carriedNotices(entryState()), ...parsed.notices] }
  }, [location])
  /**
   * With `keepNotices`, a correction of the link (a remembered filter put into it) keeps saying
   * what the link as opened got wrong, though the new address no longer holds it.
   */
  const setParams = useCallback(
    (patch: Partial<ViewParams>, options?: { replace?: boolean; keepNotices?: boolean }) => {
      const parsed = parseLocation(window.location.pathname, window.location.search, devOnlyParams)
      const extra = new URLSearchParams(window.location.search)
      const keep = devOnlyParams
        .filter((p) => extra.has(p))
        .map((p) => `${p}=${encodeURIComponent(extra.get(p) ?? '')}`)
      const next = serializeViewParams({ ...parsed.params, ...patch })
      const linkNotices = [...carriedNotices(entryState()), ...parsed.notices]
      const state = options?.keepNotices && linkNotices.length > 0 ? { linkNotices } : null
      const separator = next.includes('?') ? '&' : '?'
      navigateTo(keep.length > 0 ? `${next}${separator}${keep.join('&')}` : next, {
        replace: options?.replace,
        state,
      })
    },
    [],
  )
  return { params, notices, page, setParams }
}
