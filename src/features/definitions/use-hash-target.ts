import { useEffect, useState } from 'react'
import {
  definitionAnchorId,
  definitionIdFromHash,
} from '@/features/definitions/model/definition-anchor'

/**
 * The definition the location hash points at. When the view opens with such a hash, or the hash
 * changes, the definition is scrolled into view and focused, so keyboard and screen-reader users
 * land on it too (the browser alone does neither for content rendered after load).
 */
export function useDefinitionHashTarget(): string | null {
  // Read after mount (below): the page is also rendered at build time, where there is no hash,
  // and hydrating must start from what that render drew.
  const [target, setTarget] = useState<string | null>(null)
  useEffect(() => {
    const focusTarget = () => {
      const id = definitionIdFromHash(window.location.hash)
      setTarget(id)
      if (!id) return
      const element = document.getElementById(definitionAnchorId(id))
      if (!element) return
      element.scrollIntoView?.({ block: 'start' })
      element.focus({ preventScroll: true })
    }
    focusTarget()
    window.addEventListener('hashchange', focusTarget)
    return () => window.removeEventListener('hashchange', focusTarget)
  }, [])
  return target
}
