// The offline checks of `npm run data:check`: the schema, the references between records, and
// the product's rule that every figure carries coverage, caveats and evidence.
import type { Dataset } from '@/domain/dataset-schema'
import { parseDataset, type RecordIssue } from '@/domain/validate-dataset'

/** Product rules on top of the schema, for the built-in dataset. */
export function figureRuleIssues(dataset: Dataset): RecordIssue[] {
  const issues: RecordIssue[] = []
  dataset.figures.forEach((figure, i) => {
    const at = (field: string, key: string): RecordIssue => ({
      collection: 'figures',
      position: i + 1,
      recordId: figure.id,
      field,
      reason: { key },
    })
    if (
      figure.coverage.status === 'stated' &&
      !figure.coverage.statement &&
      figure.coverage.reportingUnitCount === null
    ) {
      issues.push(at('coverage', 'validation.noCoverageStatement'))
    }
    if (figure.caveats.length === 0) issues.push(at('caveats', 'validation.noCaveat'))
    if (!figure.evidence) issues.push(at('evidence', 'validation.noEvidence'))
    // A fiscal year is filed under the year it ends in, so filters and ids agree with its months.
    if (
      figure.period?.kind === 'fiscal-year' &&
      Number(figure.period.end.slice(0, 4)) !== figure.year
    ) {
      issues.push({
        ...at('year', 'validation.periodYear'),
        reason: { key: 'validation.periodYear', vars: { year: figure.period.end.slice(0, 4) } },
      })
    }
  })
  const ids = new Set<string>()
  dataset.figures.forEach((figure, i) => {
    if (ids.has(figure.id))
      issues.push({
        collection: 'figures',
        position: i + 1,
        recordId: figure.id,
        field: 'id',
        reason: { key: 'validation.duplicateId' },
      })
    ids.add(figure.id)
  })
  return issues
}

/** Every issue with a dataset file's content: empty means the file passes. */
export function checkDataset(payload: unknown): RecordIssue[] {
  const parsed = parseDataset(payload)
  if (!parsed.ok) return parsed.issues
  return [...parsed.issues, ...figureRuleIssues(parsed.data)]
}
