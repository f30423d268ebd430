import type { MouseEvent, ReactNode } from 'react'
import { serializeViewParams } from '@/lib/routing/location'
import type { ViewParams } from '@/lib/routing/view-params'
import { useViewParams } from '@/lib/routing/use-view-params'

interface ViewLinkProps {
  /** What changes from the current view; everything else (filters, language) is kept. */
  patch: Partial<ViewParams>
  children: ReactNode
  className?: string
  'aria-label'?: string
}

/** A real link to another state of the dashboard: it can be opened in a new tab or copied. */
export function ViewLink({ patch, children, className, 'aria-label': ariaLabel }: ViewLinkProps) {
  const { params, setParams } = useViewParams()
  const href = serializeViewParams({ ...params, ...patch })
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return
    event.preventDefault()
    setParams(patch)
    if (patch.view) document.getElementById('main')?.focus()
  }
  return (
    <a href={href} className={className} aria-label={ariaLabel} onClick={go}>
      {children}
    </a>
  )
}
