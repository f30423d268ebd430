// Follows a link to a definition inside the app (no page load). The URL module moves between
// query strings; the hash is then set on that same history entry, so Back returns to the figure.
import type { MouseEvent } from 'react'
import { navigateToSearch } from '@/lib/url-state'

/** Click handler for links of the form "?view=definitions…#definition-…". */
export function followDefinitionLink(event: MouseEvent<HTMLAnchorElement>): void {
  // Let the browser open new tabs and windows as the reader asked.
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
  event.preventDefault()
  const href = event.currentTarget.getAttribute('href') ?? ''
  const hashAt = href.indexOf('#')
  const search = hashAt === -1 ? href : href.slice(0, hashAt)
  const hash = hashAt === -1 ? '' : href.slice(hashAt)
  navigateToSearch(search)
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`)
  // replaceState fires no event; the definitions view listens for this one to focus the term.
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}
