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
 */
export function navigateToSearch(search: string, { replace = false, hash = '' } = {}): void {
  const next = search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : ''
  const url = `${window.location.pathname}${next}${hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  if (replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  window.dispatchEvent(new Event(CHANGE_EVENT))
}
