/** The id of the <script type="application/json"> holding the prerendered state; its
 * `data-location` is the address the page was rendered for (read by app/boot.ts). */
export const PRERENDERED_STATE_ID = 'prerendered-state'

/** The address as the prerender writes it: no trailing slash but the root's, no index.html. */
export function servedLocation(pathname: string, search: string): string {
  const path = pathname.replace(/\/index\.html$/, '/').replace(/(.)\/$/, '$1')
  return `${path}${search}`
}
