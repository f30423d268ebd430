// The URL's query string is the source of truth for what is shown. This is the one place that
// reads and writes it; features parse it into typed view parameters.
import { useSyncExternalStore } from 'react'

const CHANGE_EVENT = 'urlchange'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

function getSearch(): string {
  return window.location.search
}

/** The current query string ("?view=…"), re-rendering on navigation and back/forward. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, () => '')
}

/**
 * Goes to a new query string; `replace` keeps the history entry (for corrections, not choices).
 * A `#hash` belongs to one page's content, so it is dropped unless given for the new address.
 * `state` travels with the history entry (see entryState): what the address no longer says but
 * the page should, such as what a corrected link got wrong.
 */
export function navigateToSearch(
  search: string,
  { replace = false, hash = '', state = null as unknown } = {},
): void {
  const next = search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : ''
  const url = `${window.location.pathname}${next}${hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  if (replace) window.history.replaceState(state, '', url)
  else window.history.pushState(state, '', url)
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

/** The state stored with the current history entry (outside input: parse it before use). */
export function entryState(): unknown {
  return typeof window === 'undefined' ? null : (window.history.state as unknown)
}
