// Follows a link to a definition inside the app (no page load), as one history entry with its
// hash, so Back returns to the figure.
import type { MouseEvent } from 'react'
import { navigateTo } from '@/lib/routing/url-state'

/** Click handler for links of the form "/definitions…#definition-…". */
export function followDefinitionLink(event: MouseEvent<HTMLAnchorElement>): void {
  // Let the browser open new tabs and windows as the reader asked.
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
  event.preventDefault()
  const href = event.currentTarget.getAttribute('href') ?? ''
  const hashAt = href.indexOf('#')
  const location = hashAt === -1 ? href : href.slice(0, hashAt)
  const hash = hashAt === -1 ? '' : href.slice(hashAt)
  navigateTo(location, { hash })
  // pushState fires no hashchange; the definitions view listens for this one to focus the term.
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}
