import type { MouseEvent } from 'react'
import { serializeViewParams } from '@/lib/routing/location'
import type { View, ViewParams } from '@/lib/routing/view-params'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useLanguage } from '@/lib/language'

const navViews: View[] = ['overview', 'sources', 'context', 'definitions', 'import']

/** Links between views; each is a real link (the URL holds the view) that keeps filters and language. */
export function ViewNav() {
  const { t } = useLanguage()
  const { params, page, setParams } = useViewParams()
  const hrefFor = (view: View) => serializeViewParams({ ...params, view, indicator: null })
  const go = (event: MouseEvent<HTMLAnchorElement>, patch: Partial<ViewParams>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    setParams(patch)
    document.getElementById('main')?.focus()
  }
  return (
    <nav aria-label={t('nav.label')} className="view-nav">
      <ul>
        {navViews.map((view) => {
          // The link to the page shown, and only that: an indicator's page and an unknown
          // address are none of these links (the indicator page links back to the overview).
          const current = page.kind === 'view' && params.view === view
          return (
            <li key={view}>
              <a
                href={hrefFor(view)}
                aria-current={current ? 'page' : undefined}
                onClick={(e) => go(e, { view, indicator: null })}
              >
                {t(`nav.${view}`)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
