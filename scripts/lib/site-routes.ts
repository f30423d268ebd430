// Every address the build renders into an HTML file (scripts/prerender.ts), which the size and
// Lighthouse benches and the browser tests then go through. Paths as in src/lib/routing/location.ts:
// no language segment (the browser's language; rendered in English), /en and /es.
import { readFileSync } from 'node:fs'

export type RouteKind = 'overview' | 'indicator' | 'view' | 'embed-chart' | 'embed-figure'

export interface SiteRoute {
  /** "/es/indicator/involuntary-returns" (no trailing slash but the root's). */
  path: string
  lang: 'en' | 'es'
  kind: RouteKind
  /** The view of the navigation the route belongs to, for its code (app/view-loaders.ts). */
  view: 'overview' | 'indicator' | 'sources' | 'context' | 'definitions' | 'import' | 'embed'
  /** The indicator or figure the route shows, if any. */
  id?: string
  /** The HTML file under dist/: "es/indicator/involuntary-returns/index.html". */
  file: string
}

interface DatasetIds {
  indicators: { id: string }[]
  figures: { id: string; indicatorId: string }[]
}

export const prefixes = [
  { prefix: '', lang: 'en' },
  { prefix: '/en', lang: 'en' },
  { prefix: '/es', lang: 'es' },
] as const

const otherViews = ['sources', 'context', 'definitions', 'import'] as const

/** The routes of a dataset, each view in each language form. */
export function siteRoutes(dataset: DatasetIds): SiteRoute[] {
  const indicators = dataset.indicators
    .map((i) => i.id)
    .filter((id) => dataset.figures.some((f) => f.indicatorId === id))
  const routes: SiteRoute[] = []
  for (const { prefix, lang } of prefixes) {
    const add = (rest: string, kind: RouteKind, view: SiteRoute['view'], id?: string) => {
      const path = `${prefix}${rest}` || '/'
      const file = `${path === '/' ? '' : `${path.slice(1)}/`}index.html`
      routes.push({ path, lang, kind, view, id, file })
    }
    add('', 'overview', 'overview')
    for (const id of indicators) add(`/indicator/${id}`, 'indicator', 'indicator', id)
    for (const view of otherViews) add(`/${view}`, 'view', view)
    for (const id of indicators) add(`/embed/indicator/${id}`, 'embed-chart', 'embed', id)
    for (const f of dataset.figures) add(`/embed/figure/${f.id}`, 'embed-figure', 'embed', f.id)
  }
  return routes
}

/** The routes of the built-in dataset (or another dataset file). */
export function builtInRoutes(file = 'public/data/v1/dataset.json'): SiteRoute[] {
  return siteRoutes(JSON.parse(readFileSync(file, 'utf8')) as DatasetIds)
}

/** The link of every view in both languages: what the Lighthouse bench measures by default. */
export function viewRoutes(routes: SiteRoute[]): SiteRoute[] {
  return routes.filter((r) => !r.path.startsWith('/en') && !r.kind.startsWith('embed'))
}

/** The file of a route's preview image under dist/ (one per language and page). */
export function previewImageFile(route: SiteRoute): string {
  const rest = route.path.replace(/^\/(en|es)(?=\/|$)/, '').replace(/^\//, '') || 'overview'
  return `og/${route.lang}/${rest.replaceAll('/', '--')}.png`
}
