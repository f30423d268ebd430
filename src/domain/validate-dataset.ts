// Parse at the boundary: each record is checked on its own, so one bad record is reported
// (collection, position, id, field, reason) and the valid ones are still shown.
import * as z from 'zod/mini'
import {
  datasetSchema,
  definitionSchema,
  eventSchema,
  figureSchema,
  geographySchema,
  indicatorSchema,
  organisationSchema,
  personSchema,
  sourceDocumentSchema,
  workPlanSchema,
  type Dataset,
} from '@/domain/dataset-schema'
import type { CollectionName, RecordIssue } from '@/domain/record-issue'

export const collections = {
  documents: sourceDocumentSchema,
  organisations: organisationSchema,
  people: personSchema,
  geographies: geographySchema,
  indicators: indicatorSchema,
  figures: figureSchema,
  events: eventSchema,
  workPlans: workPlanSchema,
  definitions: definitionSchema,
} as const satisfies Record<CollectionName, unknown>

export type { RecordIssue } from '@/domain/record-issue'

export type DatasetParseResult =
  { ok: false; issues: RecordIssue[] } | { ok: true; data: Dataset; issues: RecordIssue[] }

function describeZodIssue(issue: z.core.$ZodIssue): RecordIssue['reason'] {
  if (issue.message.startsWith('validation.')) return { key: issue.message }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { key: 'validation.missing' }
        : { key: 'validation.wrongType', vars: { expected: issue.expected } }
    case 'invalid_value':
      return {
        key: 'validation.notAllowed',
        vars: { allowed: issue.values.map(String).join(', ') },
      }
    case 'too_small':
      return { key: 'validation.tooSmall', vars: { minimum: String(issue.minimum) } }
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'validation.tooLong', vars: { maximum: String(issue.maximum) } }
        : { key: 'validation.tooBig', vars: { maximum: String(issue.maximum) } }
    case 'invalid_union':
      return { key: 'validation.invalidKind' }
    default:
      return { key: 'validation.invalid' }
  }
}

function recordIdOf(record: unknown): string {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>
    const value = r.id ?? r.code
    if (typeof value === 'string') return value
  }
  return '—'
}

/** Validates one record; returns its issues (empty when valid). */
export function checkRecord(
  collection: CollectionName,
  record: unknown,
  position: number,
): RecordIssue[] {
  const result = collections[collection].safeParse(record)
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    collection,
    position,
    recordId: recordIdOf(record),
    field: issue.path.map(String).join('.') || '—',
    reason: describeZodIssue(issue),
  }))
}

/** `positions[i]` is the 1-based position of valid figure i in the original payload. */
function referenceIssues(
  data: Dataset,
  positions: number[],
): { issues: RecordIssue[]; badFigures: Set<string> } {
  const ids = {
    documents: new Set(data.documents.map((d) => d.id)),
    indicators: new Set(data.indicators.map((i) => i.id)),
    geographies: new Set(data.geographies.map((g) => g.code)),
    people: new Set(data.people.map((p) => p.id)),
  }
  const issues: RecordIssue[] = []
  const badFigures = new Set<string>()
  data.figures.forEach((figure, i) => {
    const refs: [string, boolean, string][] = [
      ['indicatorId', ids.indicators.has(figure.indicatorId), figure.indicatorId],
      ['geographyCode', ids.geographies.has(figure.geographyCode), figure.geographyCode],
      ['source.documentId', ids.documents.has(figure.source.documentId), figure.source.documentId],
      [
        'source.quotedPersonId',
        figure.source.quotedPersonId === null || ids.people.has(figure.source.quotedPersonId),
        String(figure.source.quotedPersonId),
      ],
      [
        'evidence.documentId',
        !figure.evidence || ids.documents.has(figure.evidence.documentId),
        String(figure.evidence?.documentId),
      ],
    ]
    for (const [field, exists, value] of refs) {
      if (exists) continue
      badFigures.add(figure.id)
      issues.push({
        collection: 'figures',
        position: positions[i] ?? i + 1,
        recordId: figure.id,
        field,
        reason: { key: 'validation.unknownReference', vars: { value } },
      })
    }
  })
  return { issues, badFigures }
}

/**
 * Parses a dataset response. Fails only when the payload is not a dataset at all; otherwise
 * returns the valid records and an issue for each invalid one, including broken references.
 */
export function parseDataset(payload: unknown): DatasetParseResult {
  const shell = z
    .object({ schemaVersion: z.literal(1), datasetVersion: z.string() })
    .safeParse(payload)
  if (!shell.success || typeof payload !== 'object' || payload === null) {
    return {
      ok: false,
      issues: (shell.success ? [] : shell.error.issues).map((issue) => ({
        collection: 'dataset',
        position: 0,
        recordId: '—',
        field: issue.path.map(String).join('.') || '—',
        reason: describeZodIssue(issue),
      })),
    }
  }
  const raw = payload as Record<string, unknown>
  const issues: RecordIssue[] = []
  const data: Record<string, unknown> = {
    schemaVersion: 1,
    datasetVersion: shell.data.datasetVersion,
  }
  const figurePositions: number[] = []
  for (const name of Object.keys(collections) as CollectionName[]) {
    const records = raw[name]
    if (!Array.isArray(records)) {
      issues.push({
        collection: name,
        position: 0,
        recordId: '—',
        field: name,
        reason: { key: 'validation.missingCollection' },
      })
      data[name] = []
      continue
    }
    const valid: unknown[] = []
    records.forEach((record, i) => {
      const found = checkRecord(name, record, i + 1)
      if (found.length > 0) return issues.push(...found)
      valid.push(record)
      if (name === 'figures') figurePositions.push(i + 1)
    })
    data[name] = valid
  }
  // Every record passed its own schema, so the whole is a Dataset; this parse is cheap and keeps types honest.
  const dataset = datasetSchema.parse(data)
  const refs = referenceIssues(dataset, figurePositions)
  issues.push(...refs.issues)
  dataset.figures = dataset.figures.filter((f) => !refs.badFigures.has(f.id))
  return { ok: true, data: dataset, issues }
}
