// Imported figures join the built-in ones in one index, so every view, filter and export
// treats them alike; each keeps its origin so it can be marked as imported.
import type { Dataset } from '@/domain/dataset-schema'
import {
  indexDataset,
  withOrigin,
  type DatasetFigure,
  type DatasetIndex,
  type FigureOrigin,
} from '@/domain/dataset-index'
import { perKind, recordId, type RecordKind } from '@/features/import/model/import-types'
import type { StoredImport } from '@/features/import/model/stored-import'

/** A dataset with no records, for when the built-in data cannot be loaded but imports can. */
export const emptyDataset: Dataset = {
  schemaVersion: 1,
  datasetVersion: '—',
  documents: [],
  organisations: [],
  people: [],
  geographies: [],
  indicators: [],
  figures: [],
  events: [],
  workPlans: [],
  definitions: [],
}

/** The built-in records of one kind, then those of the imports it lacks: a built-in record is never replaced. */
function mergeRecords(base: Dataset, imports: StoredImport[], kind: RecordKind): object[] {
  const merged: object[] = [...base[kind]]
  const seen = new Set(merged.map(recordId))
  for (const imported of imports) {
    for (const record of imported.records[kind]) {
      if (seen.has(recordId(record))) continue
      seen.add(recordId(record))
      merged.push(record)
    }
  }
  return merged
}

/** The index over the built-in dataset plus the imports, in the order they were imported. */
export function indexWithImports(base: Dataset, imports: StoredImport[]): DatasetIndex {
  if (imports.length === 0) return indexDataset(base)
  const builtIn: FigureOrigin = { kind: 'built-in' }
  const figures: DatasetFigure[] = base.figures.map((f) => withOrigin(f, builtIn))
  for (const imported of imports) {
    const origin: FigureOrigin = {
      kind: 'imported',
      importId: imported.id,
      fileName: imported.fileName,
      importedAt: imported.importedAt,
    }
    for (const f of imported.figures) figures.push(withOrigin(f, origin))
  }
  const records = perKind((kind) => mergeRecords(base, imports, kind))
  return indexDataset({ ...base, ...records, figures } as Dataset, figures)
}
