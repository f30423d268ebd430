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

function mergeById<T>(base: T[], extra: T[][], idOf: (item: T) => string): T[] {
  const seen = new Set(base.map(idOf))
  const merged = [...base]
  for (const list of extra) {
    for (const item of list) {
      if (seen.has(idOf(item))) continue // built-in records are never replaced
      seen.add(idOf(item))
      merged.push(item)
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
  const records = imports.map((i) => i.records)
  const dataset: Dataset = {
    ...base,
    documents: mergeById(
      base.documents,
      records.map((r) => r.documents),
      (d) => d.id,
    ),
    people: mergeById(
      base.people,
      records.map((r) => r.people),
      (p) => p.id,
    ),
    geographies: mergeById(
      base.geographies,
      records.map((r) => r.geographies),
      (g) => g.code,
    ),
    indicators: mergeById(
      base.indicators,
      records.map((r) => r.indicators),
      (i) => i.id,
    ),
    figures,
  }
  return indexDataset(dataset, figures)
}
