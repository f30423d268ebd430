// A problem with one record of the dataset, and how it reads. Kept apart from the validator
// (validate-dataset.ts, with the schema library) so the page can show issues without loading it.
import type { Translate } from '@/domain/translate'

/** The dataset's collections of records (validate-dataset.ts checks each). */
export type CollectionName =
  | 'documents'
  | 'organisations'
  | 'people'
  | 'geographies'
  | 'indicators'
  | 'figures'
  | 'events'
  | 'workPlans'
  | 'definitions'

/** One problem with one record. `reason` is a message key or an already plain sentence. */
export interface RecordIssue {
  collection: CollectionName | 'dataset'
  /** 1-based position of the record in its collection; 0 for the dataset as a whole. */
  position: number
  /** The record's id or code, when it has a readable one. */
  recordId: string
  /** Dotted path of the field, e.g. "estimate.low". */
  field: string
  reason: { key: string; vars?: Record<string, string | number> }
}

/** One issue as a sentence: "figures #2 (some-id), field “estimate.low”: low is greater than high". */
export function formatRecordIssue(issue: RecordIssue, t: Translate): string {
  return t('app.invalidRecord', {
    collection: issue.collection,
    position: issue.position,
    id: issue.recordId,
    field: issue.field,
    reason: t(issue.reason.key, issue.reason.vars),
  })
}
