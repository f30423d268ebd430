// The checks of a row's values that read more than one cell: the numbers against the unit,
// the currency, and the estimate from its kind and numbers.
import type { Estimate } from '@/domain/dataset-schema'
import type { ColumnId } from '@/domain/file-format/columns'
import type { MessageRef } from '@/domain/translate'
import { checkWholeCount } from '@/domain/file-format/read-cells'

/** A problem with a row: the column (or its name as the file writes it), the value and why. */
export interface RowProblem {
  column: ColumnId | null
  /** The column as the file names it, when the problem was found while reading the file. */
  columnName?: string
  value: string
  reason: MessageRef
}

export function fromFile(issue: { column: string; value: string; reason: MessageRef }): RowProblem {
  return { column: null, columnName: issue.column, value: issue.value, reason: issue.reason }
}

export function checkCounts(
  unit: string,
  numbers: Partial<Record<'value' | 'low' | 'high', number | null>>,
  problems: RowProblem[],
  get: (column: ColumnId) => string,
) {
  for (const column of ['value', 'low', 'high'] as const) {
    const number = numbers[column]
    const reason = typeof number === 'number' ? checkWholeCount(get(column), number, unit) : null
    if (reason) problems.push({ column, value: get(column), reason })
  }
}
export function readCurrency(
  text: string,
  unit: string | undefined,
  supported: Set<string>,
  problems: RowProblem[],
): string | undefined {
  const code = text.trim().toUpperCase()
  if (code === '') {
    if (unit === 'currency')
      problems.push({
        column: 'currency',
        value: '',
        reason: { key: 'import.reason.currencyNeeded' },
      })
    return undefined
  }
  if (!/^[A-Z]{3}$/.test(code))
    problems.push({ column: 'currency', value: text, reason: { key: 'validation.currencyCode' } })
  else if (!supported.has(code))
    problems.push({
      column: 'currency',
      value: text,
      reason: {
        key: 'import.reason.currencyUnsupported',
        vars: { supported: [...supported].join(', ') },
      },
    })
  else if (unit !== undefined && unit !== 'currency')
    problems.push({ column: 'unit', value: unit, reason: { key: 'import.reason.currencyUnit' } })
  return code
}

export function buildEstimate(
  kind: Estimate['kind'],
  value: number | null,
  low: number | null,
  high: number | null,
  problems: RowProblem[],
  get: (column: ColumnId) => string,
): Estimate | undefined {
  const problem = (column: ColumnId, key: string) => {
    problems.push({ column, value: get(column), reason: { key } })
    return undefined
  }
  if (kind === 'range') {
    if (low === null) return problem('low', 'import.reason.rangeNeedsLow')
    if (high === null) return problem('high', 'import.reason.rangeNeedsHigh')
    if (low > high) return problem('low', 'validation.lowAboveHigh')
    return { kind, low, high }
  }
  const number = low ?? value
  if (number === null)
    return problem(
      get('value').trim() ? 'value' : 'low',
      get('value').trim() ? 'import.reason.notANumber' : 'import.reason.required',
    )
  if (kind === 'point' && high !== null && high !== number)
    return problem('high', 'import.reason.pointHighDiffers')
  if (kind === 'lower-bound' && high !== null)
    return problem('high', 'import.reason.lowerBoundHasHigh')
  if (kind === 'upper-bound' && high !== null)
    return problem('high', 'import.reason.upperBoundHasHigh')
  return { kind, value: number }
}
