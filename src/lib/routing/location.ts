// Every view has a path, in each language (docs/routes.md):
//   [/es|/en]/                       the overview
//   [/es|/en]/indicator/<id>         an indicator
//   [/es|/en]/sources, /context, /definitions, /import
//   [/es|/en]/embed/indicator/<id>   an indicator's chart for other sites to frame
//   [/es|/en]/embed/figure/<id>      one headline figure for other sites to frame
// and the filters stay in the query (?country=JAM~HTI&time=2016..2018&tab=bar). Without a
// language segment the page follows the browser's language. Links from before paths
// (/?view=indicator&indicator=…&lang=es) still parse, and legacyRedirect moves them to a path.
import { languages, type Language } from '@/domain/translate'
import {
  parseQueryParams,
  serializeFilterQuery,
  views,
  type ParamNotice,
  type View,
  type ViewParams,
} from '@/lib/routing/view-params'

/** What kind of page a path asks for: a view, an embeddable piece of one, or nothing known. */
export type PageKind =
  | { kind: 'view' }
  | { kind: 'embed-chart' }
  | { kind: 'embed-figure'; figureId: string }
  | { kind: 'not-found' }

export interface ParsedLocation {
  params: ViewParams
  notices: ParamNotice[]
  page: PageKind
}

const ID = /^[a-z0-9][a-z0-9-]*$/
const pathViews = views.filter((v) => v !== 'overview' && v !== 'indicator')
const legacyKeys = ['view', 'indicator', 'lang'] as const

interface PathParts {
  lang: Language | null
  view: View | null
  indicator: string | null
  page: PageKind
}

/** Reads a path; a trailing slash or "/index.html" (as static hosts serve) is the same page. */
function parsePath(pathname: string): PathParts {
  const segments = pathname
    .replace(/\/index\.html$/, '')
    .split('/')
    .filter(Boolean)
  const first = segments[0]
  const lang = languages.find((l) => l === first) ?? null
  if (lang) segments.shift()
  const parts: PathParts = { lang, view: null, indicator: null, page: { kind: 'view' } }
  const [a, b, c, ...rest] = segments
  const notFound = { ...parts, page: { kind: 'not-found' } as const }
  if (a === undefined) return parts
  if (rest.length > 0) return notFound
  if (a === 'indicator' && c === undefined) {
    if (b === undefined) return { ...parts, view: 'indicator' }
    return ID.test(b) ? { ...parts, view: 'indicator', indicator: b } : notFound
  }
  if (a === 'embed' && c !== undefined && ID.test(c)) {
    if (b === 'indicator')
      return { ...parts, view: 'indicator', indicator: c, page: { kind: 'embed-chart' } }
    if (b === 'figure')
      return { ...parts, view: 'overview', page: { kind: 'embed-figure', figureId: c } }
    return notFound
  }
  if (b === undefined && (pathViews as string[]).includes(a)) return { ...parts, view: a as View }
  return notFound
}

/** Parses a location: the path says view, indicator and language; the query the filters. */
export function parseLocation(
  pathname: string,
  search: string,
  allowExtra: readonly string[] = [],
): ParsedLocation {
  const { params, notices } = parseQueryParams(search, allowExtra)
  const path = parsePath(pathname)
  if (path.lang) params.lang = path.lang
  if (path.view) {
    params.view = path.view
    params.indicator = path.indicator
  }
  return { params, notices, page: path.page }
}

/** The path of a view, with its language when the link names one. */
function pathOf(params: ViewParams): string {
  const lang = params.lang ? `/${params.lang}` : ''
  if (params.view === 'overview') return lang || '/'
  if (params.view === 'indicator')
    return `${lang}/indicator${params.indicator ? `/${params.indicator}` : ''}`
  return `${lang}/${params.view}`
}

/** The shortest link to a view: its path and the filters that differ from the defaults. */
export function serializeViewParams(params: ViewParams): string {
  return `${pathOf(params)}${serializeFilterQuery(params)}`
}

/** The address of an indicator's chart as an embeddable page, with the same filters. */
export function embedChartHref(params: ViewParams, indicatorId: string): string {
  const lang = params.lang ? `/${params.lang}` : ''
  return `${lang}/embed/indicator/${indicatorId}${serializeFilterQuery(params)}`
}

/** The address of one headline figure as an embeddable page. */
export function embedFigureHref(lang: Language | null, figureId: string): string {
  return `${lang ? `/${lang}` : ''}/embed/figure/${figureId}`
}

/**
 * The path form of a link in the query form (/?view=sources&lang=es&country=JAM becomes
 * /es/sources?country=JAM), or null when there is nothing to move. The other parameters stay
 * as written, and so does a legacy one whose value is malformed, so the page still says what
 * it ignored.
 */
export function legacyRedirect(pathname: string, search: string): string | null {
  const query = new URLSearchParams(search)
  if (!legacyKeys.some((key) => query.has(key))) return null
  const { params, notices, page } = parseLocation(pathname, search, [...query.keys()])
  if (page.kind !== 'view') return null
  const rejected = new Set(notices.map((n) => n.param))
  const kept = new URLSearchParams()
  for (const [key, value] of query)
    if (!(legacyKeys as readonly string[]).includes(key) || rejected.has(key))
      kept.append(key, value)
  const rest = kept.toString().replaceAll('%7E', '~')
  return `${pathOf(params)}${rest ? `?${rest}` : ''}`
}
