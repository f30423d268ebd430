// Addresses of definitions: every definition has an anchor on the definitions view, and links
// to it keep the link's language and filters so following one never loses the reader's view.
import { serializeViewParams } from '@/lib/routing/location'
import type { ViewParams } from '@/lib/routing/view-params'

const PREFIX = 'definition-'

/** The element id (and hash) of a definition on the definitions view. */
export function definitionAnchorId(definitionId: string): string {
  return `${PREFIX}${definitionId}`
}

/** "/es/definitions?country=JAM#definition-range": the current view's filters and language, kept. */
export function definitionHref(params: ViewParams, definitionId: string): string {
  const search = serializeViewParams({ ...params, view: 'definitions', indicator: null })
  return `${search}#${definitionAnchorId(definitionId)}`
}

/** The definition id a location hash points at ("#definition-range" -> "range"), else null. */
export function definitionIdFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (!decoded.startsWith(PREFIX)) return null
  const id = decoded.slice(PREFIX.length)
  return /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : null
}
