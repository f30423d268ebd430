// The shapes the importer hands back. They cross the worker boundary, so they are plain data:
// texts a person reads are message keys with variables, translated on screen.
import type { Figure, Geography, Indicator, Person, SourceDocument } from '@/domain/dataset-schema'
import type { ImportFormat, ImportIssue } from '@/domain/file-format/table'
import type { MessageRef } from '@/domain/translate'

/** A figure with the same indicator, place and period as one already in the dashboard or the file. */
export interface DuplicateFlag extends Pick<
  Figure,
  'indicatorId' | 'geographyCode' | 'year' | 'period'
> {
  row: number
  /** What it duplicates: a built-in figure, a figure of an earlier import, or an earlier row. */
  of: { kind: 'built-in' } | { kind: 'imported'; fileName: string } | { kind: 'row'; row: number }
}

/**
 * Figures of a known indicator in a unit it does not have (the file says "persons", the indicator
 * counts "returns"). The person chooses: the same unit under another name, or a new indicator.
 */
export interface UnitMismatch {
  indicatorId: string
  /** The unit the file gives. */
  unit: string
  /** The units the indicator has in the dashboard. */
  expected: string[]
  /** How many figures of the file, and the first rows. */
  count: number
  rows: number[]
  /** The indicator these figures would become (id, names with the unit, theme and definitions of the known one). */
  newIndicator: Indicator
}

/** What to do with the figures of one unit mismatch. */
export type UnitChoice = { kind: 'same-unit'; unit: string } | { kind: 'new-indicator' }

/** Records the figures of an import refer to that are not built in. */
export interface ImportRecords {
  indicators: Indicator[]
  documents: SourceDocument[]
  geographies: Geography[]
  people: Person[]
}

export type RecordKind = keyof ImportRecords

/** One value for each kind of record, in one order everywhere. */
export function perKind<T>(value: (kind: RecordKind) => T): Record<RecordKind, T> {
  return {
    indicators: value('indicators'),
    documents: value('documents'),
    geographies: value('geographies'),
    people: value('people'),
  }
}

/** What a record is known by: a geography's code, any other record's id. */
export function recordId(record: object): string {
  return ('code' in record ? record.code : (record as { id: string }).id) as string
}

/** What the person sees before deciding: counts, the first problems, what would be added. */
export interface AnalysisSummary {
  analysisId: string
  fileName: string
  byteSize: number
  format: ImportFormat | null
  /** Set when the file as a whole cannot be read; nothing else is then meaningful. */
  fileError: MessageRef | null
  /** Data rows (CSV) or items (JSON) read. */
  rowCount: number
  validCount: number
  invalidRowCount: number
  /** Every problem found; `issues` holds only the first ones. */
  issueCount: number
  issues: ImportIssue[]
  duplicateCount: number
  duplicates: DuplicateFlag[]
  unitMismatches: UnitMismatch[]
  /** Records this import would create. */
  newRecords: ImportRecords
  /** The first valid figures, to show as a preview. */
  sample: Figure[]
  /** Things worth knowing that are not errors (ignored columns, HXL row found, …). */
  notices: MessageRef[]
  /** Reading the file up to its first row (decodeMs), then reading and checking every row (validateMs). */
  timings: { decodeMs: number; validateMs: number }
}

/** The full result of an analysis, kept (in the worker) until it is committed or dropped. */
export interface Analysis {
  summary: AnalysisSummary
  figures: Figure[]
  /** New records plus the ones of earlier imports this file uses, so the import stands alone. */
  records: ImportRecords
  /** Positions in `figures` of the duplicates (of the dashboard's figures or of an earlier row), to skip them when asked. */
  duplicateAt: number[]
}
