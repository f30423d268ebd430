// What the importer needs to know about the dashboard's current data, as plain data that can
// be posted to the worker: the records a file may refer to, and the figures it may duplicate.
import type { DatasetIndex } from '@/domain/dataset-index'
import type { Figure } from '@/domain/dataset-schema'
import { periodKey } from '@/domain/period'
import { unitsByIndicator } from '@/domain/units'
import {
  perKind,
  recordId,
  type ImportRecords,
  type RecordKind,
} from '@/features/import/model/import-types'

export interface ImportContext {
  /** Every record in the dashboard now, built-in and imported. */
  records: ImportRecords
  /** Ids of the records above that came from earlier imports (copied into an import that uses them). */
  importedRecordIds: Record<RecordKind, string[]>
  /**
   * Every figure now in the dashboard: its id, what makes another figure its duplicate
   * (indicator, place, period as periodKey) and the file it came from (null: built in).
   */
  figures: (Pick<Figure, 'id' | 'indicatorId' | 'geographyCode'> & {
    period: string
    fileName: string | null
  })[]
  /** Currency codes the interface can show (others would be displayed as a bare code). */
  currencies: string[]
  /** Each indicator's units (declared, else those of its figures): a figure in another unit is asked about. */
  indicatorUnits: Record<string, string[]>
}

/** The context for an import into the dashboard as `index` holds it; `imported` are the records of the stored imports. */
export function buildImportContext(
  index: DatasetIndex,
  imported: ImportRecords[],
  currencies: string[],
): ImportContext {
  return {
    records: perKind((kind) => [...index[kind].values()]) as ImportRecords,
    importedRecordIds: perKind((kind) => [
      ...new Set(imported.flatMap((records) => records[kind].map(recordId))),
    ]),
    figures: index.figures.map((f) => ({
      id: f.id,
      indicatorId: f.indicatorId,
      geographyCode: f.geographyCode,
      period: periodKey(f),
      fileName: f.origin.kind === 'imported' ? f.origin.fileName : null,
    })),
    currencies,
    indicatorUnits: unitsByIndicator(index),
  }
}
