// The URL is parsed without the data (view-params.ts); this second pass checks its codes against
// the loaded dataset, so a link naming a place or indicator the data lacks says so, not fails.
import type { DatasetIndex } from '@/domain/dataset-index'
import type { ParamNotice, ViewParams } from '@/features/filters/model/view-params'

/** The parameters the data can honour, and a notice for each value it cannot. */
export interface CheckedParams {
  /** Selected geography codes that exist in the data, in the link's order. */
  places: string[]
  /** The indicator, when the data has it. */
  indicator: string | null
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

export function checkParamsAgainstData(params: ViewParams, index: DatasetIndex): CheckedParams {
  const notices: ParamNotice[] = []
  // A link made where imported figures were shown names their files; those missing here explain
  // any place or indicator this browser does not know (docs/links-and-imports.md).
  const missing = params.imported.length > 0 ? params.imported.filter((name) => !importedFileNames(index).has(name)) : []
  if (missing.length > 0) notices.push({ param: 'imported', value: missing.join(', '), reason: 'missing-imports' })
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
  return { places, indicator, notices }
}

/** True when the view is narrowed by place or year. */
export function hasFilters(params: Pick<ViewParams, 'places' | 'years'>): boolean {
  return params.places.length > 0 || params.years !== null
}
