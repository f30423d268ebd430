import { describe, expect, it } from 'vitest'
import { formatRecordIssue } from '@/domain/record-issue'
import { parseDataset } from '@/domain/validate-dataset'
import { translatorFor } from '@/lib/i18n'
import { builtInDataset, malformedDataset } from '@mocks/fixtures'

describe('parseDataset', () => {
  it('refuses a payload that is not a dataset', () => {
    expect(parseDataset('hello').ok).toBe(false)
    expect(parseDataset({ schemaVersion: 2, datasetVersion: 'x' }).ok).toBe(false)
  })

  it('keeps the valid figures and reports each invalid one by collection, position, id and field', () => {
    const result = parseDataset(malformedDataset())
    if (!result.ok) throw new Error('expected a partial result')
    expect(result.data.figures.map((f) => f.id)).toEqual([
      'migrants-smuggled-world-2016',
      'involuntary-returns-caricom-2018',
    ])
    const t = translatorFor('en')
    expect(result.issues.map((i) => formatRecordIssue(i, t))).toEqual([
      'figures #2 (smuggling-profits-world-2016), field “estimate.low”: the low value is greater than the high value',
      'figures #4 (orphan-figure), field “indicatorId”: refers to “no-such-indicator”, which is not in the dataset',
    ])
  })

  it('reports a missing collection instead of failing', () => {
    const { definitions: _d, ...rest } = builtInDataset()
    const result = parseDataset(rest)
    expect(result.ok && result.issues.map((i) => [i.collection, i.reason.key])).toEqual([
      ['definitions', 'validation.missingCollection'],
    ])
  })

  it('writes issues in Spanish too', () => {
    const result = parseDataset(malformedDataset())
    if (!result.ok) throw new Error('expected a partial result')
    expect(formatRecordIssue(result.issues[0]!, translatorFor('es'))).toBe(
      'figures n.º 2 (smuggling-profits-world-2016), campo «estimate.low»: el valor mínimo es mayor que el máximo',
    )
  })
})
