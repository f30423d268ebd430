import { ViewLink } from '@/lib/routing/view-link'
import type { View } from '@/lib/routing/view-params'
import { useLanguage } from '@/lib/language'

const views: View[] = ['overview', 'sources', 'context', 'definitions', 'import']

/**
 * An address that names no view: said plainly, with links to the views. The static host serves
 * it as 404.html (scripts/prerender.ts), so it reads without scripts too.
 */
export function NotFoundPage({ path }: { path: string }) {
  const { t } = useLanguage()
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h2 id="not-found-title">{t('share.notFound.title')}</h2>
      <p>{t('share.notFound.body', { path })}</p>
      <ul>
        {views.map((view) => (
          <li key={view}>
            <ViewLink patch={{ view, indicator: null }}>{t(`nav.${view}`)}</ViewLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
