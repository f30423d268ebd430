// One order for the ranked bars, the table and every export: the sort in the link.
import type { FigureDescription } from '@/domain/figure-description'
import { compareEstimates } from '@/domain/format-estimate'
import { periodStart } from '@/domain/period'
import type { Language } from '@/domain/translate'
import type { SortColumn, SortState } from '@/lib/routing/view-params'

const kindOrder = { point: 0, 'lower-bound': 1, 'upper-bound': 2, range: 3 } as const

/**
 * The figures in the asked-for order; equal figures keep theirs. Values compare by their low end
 * (a range by its low end, a lower bound by its value), then the high end.
 */
export function sortFigures(
  descriptions: FigureDescription[],
  sort: SortState,
  lang: Language,
): FigureDescription[] {
  const collator = new Intl.Collator(lang)
  const compare: Record<SortColumn, (a: FigureDescription, b: FigureDescription) => number> = {
    place: (a, b) => collator.compare(a.placeName.text, b.placeName.text),
    year: (a, b) => periodStart(a.figure).localeCompare(periodStart(b.figure)),
    value: (a, b) => compareEstimates(a.figure.estimate, b.figure.estimate),
    kind: (a, b) => kindOrder[a.estimateKind] - kindOrder[b.estimateKind],
  }
  const { column, direction } = readSort(sort)
  const sign = direction === 'ascending' ? 1 : -1
  return descriptions
    .map((d, i) => ({ d, i }))
    .sort((a, b) => sign * compare[column](a.d, b.d) || a.i - b.i)
    .map(({ d }) => d)
}

/** The sort's column and direction, in the words aria-sort uses. */
export function readSort(sort: SortState): {
  column: SortColumn
  direction: 'ascending' | 'descending'
} {
  const [column, direction] = sort.split('-') as [SortColumn, 'asc' | 'desc']
  return { column, direction: direction === 'asc' ? 'ascending' : 'descending' }
}

/** Clicking a header: a new column sorts ascending (value: largest first); the same column flips. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  const now = readSort(current)
  if (now.column === column) return `${column}-${now.direction === 'ascending' ? 'desc' : 'asc'}`
  return `${column}-${column === 'value' ? 'desc' : 'asc'}`
}
