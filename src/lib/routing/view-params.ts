// What the URL says to show, parsed once. Unknown or malformed parameters are dropped and
// reported as notices so the page can say what it ignored, never crash.
import type { Language } from '@/domain/translate'

export const views = [
  'overview',
  'indicator',
  'sources',
  'context',
  'definitions',
  'import',
] as const
export type View = (typeof views)[number]
/** The chart types a person can switch between (the map next to the table, its equivalent); without `tab` the data's shape chooses (charts/model/chart-type.ts). */
export const tabs = ['line', 'bar', 'map', 'table'] as const
export type Tab = (typeof tabs)[number]
/** Columns the figures can be ordered by: the ranked bars, the table and every export follow it. */
export const sortColumns = ['place', 'year', 'value', 'kind'] as const
export type SortColumn = (typeof sortColumns)[number]
/** A column and a direction, as the link writes it: "value-desc", "place-asc". */
export type SortState = `${SortColumn}-${'asc' | 'desc'}`
/** Largest first: a ranking. */
export const defaultSort: SortState = 'value-desc'
const SORT = /^(place|year|value|kind)-(asc|desc)$/

/** A year or a span of years, inclusive. */
export interface YearSpan {
  from: number
  to: number
}

export interface ViewParams {
  view: View
  /** Indicator shown in the indicator view. */
  indicator: string | null
  /** Selected geography codes (countries or regions); empty means all. */
  places: string[]
  years: YearSpan | null
  /** null: the default chart type for the data's shape. */
  tab: Tab | null
  /**
   * The period the map shows, as domain/period.ts keys it ('2019', '2019-q1', '2019-03',
   * 'fy-2018-10-2019-09'); null: the map's default (the latest with a country's own figure).
   */
  period: string | null
  sort: SortState
  /** Only set when the link names a language; otherwise the browser's is used. */
  lang: Language | null
  /**
   * Names of the imported files whose figures the view showed when the link was made, so a
   * browser without them can say what is missing (docs/links-and-imports.md).
   */
  imported: string[]
}

export interface ParamNotice {
  param: string
  value: string
  reason:
    | 'unknown-parameter'
    | 'malformed'
    | 'unknown-value'
    | 'missing-imports'
    | 'needs-import'
    | 'repeated'
    | 'years-clamped'
    | 'years-outside'
  /** For the year notices: the years the data holds, as "2016–2018". */
  range?: string
}

export const defaultViewParams: ViewParams = {
  view: 'overview',
  indicator: null,
  places: [],
  years: null,
  tab: null,
  period: null,
  sort: defaultSort,
  lang: null,
  imported: [],
}

const known = [
  'view',
  'indicator',
  'country',
  'time',
  'tab',
  'period',
  'sort',
  'lang',
  'imported',
] as const
const PERIOD = /^(\d{4}(-q[1-4]|-(0[1-9]|1[0-2]))?|fy-\d{4}-\d{2}-\d{4}-\d{2})$/
const PLACE = /^[A-Z0-9-]{3,12}$/
const INDICATOR = /^[a-z0-9][a-z0-9-]*$/
const YEAR = /^\d{4}$/

function oneOf<T extends string>(options: readonly T[], value: string): T | null {
  return (options as readonly string[]).includes(value) ? (value as T) : null
}

export function parseYearSpan(value: string): YearSpan | null {
  const [a, b, ...rest] = value.split('..')
  if (rest.length > 0 || !a || !YEAR.test(a) || (b !== undefined && !YEAR.test(b))) return null
  const from = Number(a)
  const to = b === undefined ? from : Number(b)
  return from <= to ? { from, to } : null
}

export function formatYearSpan(span: YearSpan): string {
  return span.from === span.to ? String(span.from) : `${span.from}..${span.to}`
}

/**
 * Parses a query string. Extra parameters named in `allowExtra` (e.g. dev-only ones) pass silently.
 * `view`, `indicator` and `lang` are the query form of links made before paths (routes.ts).
 */
export function parseQueryParams(
  search: string,
  allowExtra: readonly string[] = [],
): { params: ViewParams; notices: ParamNotice[] } {
  const query = new URLSearchParams(search)
  const params: ViewParams = { ...defaultViewParams, places: [], imported: [] }
  const notices: ParamNotice[] = []
  const malformed = (param: string, value: string) =>
    notices.push({ param, value, reason: 'malformed' })
  const seen = new Set<string>()

  for (const [param, value] of query) {
    if (!(known as readonly string[]).includes(param)) {
      if (!allowExtra.includes(param)) notices.push({ param, value, reason: 'unknown-parameter' })
      continue
    }
    // A link says each setting once (a list of imported files excepted, one name each); a repeat
    // is reported and the first one is used.
    if (seen.has(param) && param !== 'imported') {
      notices.push({ param, value, reason: 'repeated' })
      continue
    }
    seen.add(param)
    switch (param as (typeof known)[number]) {
      case 'view': {
        const view = oneOf(views, value)
        if (view) params.view = view
        else malformed(param, value)
        break
      }
      case 'indicator':
        if (INDICATOR.test(value)) params.indicator = value
        else malformed(param, value)
        break
      case 'country':
        for (const code of value.split('~').filter(Boolean)) {
          const upper = code.toUpperCase()
          if (PLACE.test(upper) && !params.places.includes(upper)) params.places.push(upper)
          else if (!PLACE.test(upper)) malformed(param, code)
        }
        break
      case 'time': {
        const span = parseYearSpan(value)
        if (span) params.years = span
        else malformed(param, value)
        break
      }
      case 'tab': {
        const tab = oneOf(tabs, value)
        // "tab=chart" in a link names no chart type: the default chart.
        if (tab || value === 'chart') params.tab = tab
        else malformed(param, value)
        break
      }
      case 'period':
        if (PERIOD.test(value)) params.period = value
        else malformed(param, value)
        break
      case 'imported': {
        const name = value.trim()
        if (name && name.length <= 255 && !params.imported.includes(name))
          params.imported.push(name)
        else if (!name || name.length > 255) malformed(param, value)
        break
      }
      case 'sort':
        if (SORT.test(value)) params.sort = value as SortState
        else malformed(param, value)
        break
      case 'lang': {
        const lang = oneOf(['en', 'es'] as const, value)
        if (lang) params.lang = lang
        else malformed(param, value)
        break
      }
    }
  }
  if (params.view !== 'indicator')
    params.indicator = params.view === 'overview' ? null : params.indicator
  return { params, notices }
}

/** The query string of the filters (everything but view, indicator and language, which the path holds). */
export function serializeFilterQuery(params: ViewParams): string {
  const query = new URLSearchParams()
  if (params.places.length > 0) query.set('country', params.places.join('~'))
  if (params.years) query.set('time', formatYearSpan(params.years))
  if (params.tab) query.set('tab', params.tab)
  if (params.period) query.set('period', params.period)
  if (params.sort !== defaultSort) query.set('sort', params.sort)
  for (const name of params.imported) query.append('imported', name)
  const text = query.toString().replaceAll('%7E', '~')
  return text ? `?${text}` : ''
}
