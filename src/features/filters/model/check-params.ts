// The URL is parsed without the data (lib/routing/view-params.ts); this second pass checks its codes against
// the loaded dataset, so a link naming a place or indicator the data lacks says so, not fails.
import { yearsWithFigures, type DatasetIndex } from '@/domain/dataset-index'
import { YEAR_LIMITS } from '@/domain/year-limits'
import {
  formatYearSpan,
  type ParamNotice,
  type ViewParams,
  type YearSpan,
} from '@/lib/routing/view-params'

/** The parameters the data can honour, and a notice for each value it cannot. */
export interface CheckedParams {
  /** Selected geography codes that exist in the data, in the link's order. */
  places: string[]
  /** The indicator, when the data has it. */
  indicator: string | null
  /** The link's years within the years the data holds; null when it names none of them. */
  years: YearSpan | null
  notices: ParamNotice[]
}

/** Names of the files imported in this browser, once per loaded index. */
const importedFiles = new WeakMap<DatasetIndex, Set<string>>()
export function importedFileNames(index: DatasetIndex): Set<string> {
  let names = importedFiles.get(index)
  if (!names) {
    names = new Set()
    for (const f of index.figures) if (f.origin.kind === 'imported') names.add(f.origin.fileName)
    importedFiles.set(index, names)
  }
  return names
}

/**
 * The link's years bounded by the first and last year with figures: "time=0000..9999" shows the
 * data's years (and says so) rather than a span the rest of the app, and the remembered filter,
 * would refuse. A span of possible years outside the data's (time=2019) is kept: the page then
 * says no figure matches and offers the years that have some.
 */
function boundYears(
  years: YearSpan | null,
  index: DatasetIndex,
  notices: ParamNotice[],
): YearSpan | null {
  if (!years) return null
  const have = yearsWithFigures(index)
  if (have.length === 0) return years
  const first = have[0]!
  const last = have[have.length - 1]!
  const range = first === last ? String(first) : `${first}–${last}`
  const pad = (year: number) => String(year).padStart(4, '0') // as the link wrote it: "0000"
  const value = formatYearSpan(years).replace(/\d+/g, (year) => pad(Number(year)))
  const bounded = { from: Math.max(years.from, first), to: Math.min(years.to, last) }
  if (bounded.from > bounded.to) {
    if (years.from >= YEAR_LIMITS.first && years.to <= YEAR_LIMITS.last) return years
    notices.push({ param: 'time', value, reason: 'years-outside', range })
    return null
  }
  if (bounded.from !== years.from || bounded.to !== years.to)
    notices.push({ param: 'time', value, reason: 'years-clamped', range })
  return bounded
}

export function checkParamsAgainstData(params: ViewParams, index: DatasetIndex): CheckedParams {
  const notices: ParamNotice[] = []
  // A link made where imported figures were shown names their files; those missing here explain
  // any place or indicator this browser does not know (docs/links-and-imports.md).
  const missing =
    params.imported.length > 0
      ? params.imported.filter((name) => !importedFileNames(index).has(name))
      : []
  if (missing.length > 0)
    notices.push({ param: 'imported', value: missing.join(', '), reason: 'missing-imports' })
  const unknown = missing.length > 0 ? 'needs-import' : 'unknown-value'
  const places = params.places.filter((code) => {
    const known = index.geographies.has(code)
    if (!known) notices.push({ param: 'country', value: code, reason: unknown })
    return known
  })
  let indicator = params.indicator
  if (indicator && !index.indicators.has(indicator)) {
    notices.push({ param: 'indicator', value: indicator, reason: unknown })
    indicator = null
  }
  const years = boundYears(params.years, index, notices)
  return { places, indicator, years, notices }
}

/** True when the view is narrowed by place or year. */
export function hasFilters(params: Pick<ViewParams, 'places' | 'years'>): boolean {
  return params.places.length > 0 || params.years !== null
}
