// The URL (path and query) is the source of truth for what is shown. This is the one place that
// reads and writes it; location.ts parses it into typed view parameters.
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

function getLocation(): string {
  return `${window.location.pathname}${window.location.search}`
}

// The page being rendered at build time (scripts/prerender.ts), which has no window. In the
// browser the served HTML was rendered for the address it is served at, so hydration reads that.
let serverLocation = '/'
/**
 * For the prerender: the address the next render is for ("/es/sources?country=JAM").
 * @public the prerender loads this module by its path, which the unused-code check cannot follow.
 */
export function setServerLocation(location: string): void {
  serverLocation = location
}
const getServerLocation = () => (typeof window === 'undefined' ? serverLocation : getLocation())

/** The current path and query ("/es/sources?country=JAM"), re-rendering on navigation and back/forward. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, getLocation, getServerLocation)
}

/** Splits "/path?query" into its path and its query ("?query" or ""). */
export function splitLocation(location: string): { pathname: string; search: string } {
  const at = location.indexOf('?')
  return at === -1
    ? { pathname: location, search: '' }
    : { pathname: location.slice(0, at), search: location.slice(at) }
}

/**
 * Goes to a new address ("/es/sources?country=JAM"); `replace` keeps the history entry (for
 * corrections, not choices). A `#hash` belongs to one page's content, so it is dropped unless
 * given for the new address. `state` travels with the history entry (see entryState): what the
 * address no longer says but the page should, such as what a corrected link got wrong.
 */
export function navigateTo(
  location: string,
  { replace = false, hash = '', state = null as unknown } = {},
): void {
  const { pathname, search } = splitLocation(location)
  const next = search && search !== '?' ? search : ''
  const url = `${pathname || window.location.pathname}${next}${hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  if (replace) window.history.replaceState(state, '', url)
  else window.history.pushState(state, '', url)
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

/** The state stored with the current history entry (outside input: parse it before use). */
export function entryState(): unknown {
  return typeof window === 'undefined' ? null : (window.history.state as unknown)
}
