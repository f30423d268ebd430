// The importer: a pure function from a file's bytes and the dashboard's current data to an
// analysis of the whole file: every figure it would add, every problem (row, column, value,
// reason) and every duplicate. Nothing is stored here. It runs in a Web Worker in the browser
// and in-thread in tests; it never throws.
import type { Figure } from '@/domain/dataset-schema'
import { periodKey } from '@/domain/period'
import type { ImportContext } from '@/features/import/model/import-context'
import { FigureKeyMap } from '@/features/import/model/figure-key-map'
import {
  perKind,
  type Analysis,
  type AnalysisSummary,
  type DuplicateFlag,
} from '@/features/import/model/import-types'
import { readCsvTable } from '@/domain/file-format/read-csv-table'
import { readJsonTable } from '@/domain/file-format/read-json-table'
import { createRowReader } from '@/domain/file-format/read-row'
import type { ImportFormat, ImportIssue, Table, TableResult } from '@/domain/file-format/table'
import type { MessageRef } from '@/domain/translate'
import { InvalidCellText } from '@/lib/csv/bytes'
import { decodeText } from '@/lib/csv/decode-text'
import { rowsFromBytes, rowsFromText } from '@/lib/csv/rows'
import { bothTranslators } from '@/lib/i18n'
import { RecordResolver, uniqueId } from '@/features/import/model/resolve-records'
import { MAX_IMPORT_BYTES, MAX_LISTED } from '@/features/import/model/limits'
import { madeFigureId } from '@/features/import/model/pack-figures'
import { createUnitCheck } from '@/features/import/model/unit-mismatch'

const SAMPLE_SIZE = 20
const builtIn = { kind: 'built-in' } as const
const MAX_VALUE_CHARS = 80

export interface ImportFile {
  name: string
  /** The file's bytes; absent when the file was refused for its size before reading. */
  bytes: Uint8Array | null
  size: number
}

function looksLikeJson(name: string, text: string): boolean {
  if (/\.json$/i.test(name)) return true
  if (/\.(csv|tsv|txt)$/i.test(name)) return false
  return /^\s*[[{]/.test(text)
}

export function analyseImport(
  file: ImportFile,
  context: ImportContext,
  analysisId: string,
): Analysis {
  const empty: AnalysisSummary = {
    analysisId,
    fileName: file.name,
    byteSize: file.size,
    format: null,
    fileError: null,
    rowCount: 0,
    validCount: 0,
    invalidRowCount: 0,
    issueCount: 0,
    issues: [],
    duplicateCount: 0,
    duplicates: [],
    unitMismatches: [],
    newRecords: perKind(() => []),
    sample: [],
    notices: [],
    timings: { decodeMs: 0, validateMs: 0 },
  }
  const failed = (fileError: MessageRef, format: ImportFormat | null = null): Analysis => ({
    summary: { ...empty, format, fileError },
    figures: [],
    records: perKind(() => []),
    duplicateAt: [],
  })
  try {
    const { name, bytes, size } = file
    if (size > MAX_IMPORT_BYTES || !bytes) {
      const max = MAX_IMPORT_BYTES / 1024 / 1024
      return failed({
        key: 'import.fileError.tooLarge',
        vars: { size: (size / 1024 / 1024).toFixed(1), max },
      })
    }
    const tr = bothTranslators()
    const t0 = performance.now()
    const analyse = (result: TableResult, format: ImportFormat): Analysis => {
      if (!result.ok) return failed(result.reason, format)
      const t1 = performance.now()
      const analysis = validateTable(empty, result.table, context)
      analysis.summary.timings = { decodeMs: t1 - t0, validateMs: performance.now() - t1 }
      return analysis
    }
    // A CSV file whose start settles its dialect is read from its bytes, without decoding it whole.
    const rows = rowsFromBytes(bytes, (start) => !looksLikeJson(name, start))
    if (rows) {
      try {
        return analyse(readCsvTable(rows, tr), 'csv')
      } catch (error) {
        // A cell that is not UTF-8: decoding the whole file says where the first bad byte is.
        if (!(error instanceof InvalidCellText)) throw error
      }
    }
    // Any other file is decoded first, which finds what keeps it from being read (not UTF-8,
    // UTF-16, binary, empty) and says where.
    const decoded = decodeText(bytes)
    if (!decoded.ok) return failed(decoded.reason)
    if (decoded.text.trim() === '') return failed({ key: 'import.fileError.empty' })
    return looksLikeJson(name, decoded.text)
      ? analyse(readJsonTable(decoded.text, tr), 'json')
      : analyse(readCsvTable(rowsFromText(bytes, decoded.text), tr), 'csv')
  } catch (error) {
    // A bug must not lose the person's work or crash the page: it becomes a message.
    const detail = String((error as Error)?.message ?? error)
    return failed({ key: 'import.fileError.internal', vars: { detail } })
  }
}

function validateTable(empty: AnalysisSummary, table: Table, context: ImportContext): Analysis {
  const tr = bothTranslators()
  const resolver = new RecordResolver(context, table.fileLang, tr)
  const readRow = createRowReader(table, resolver, context.currencies, tr)
  // Fresh lists: a table read from the bytes may be read again from the decoded text.
  const issues: ImportIssue[] = []
  const duplicates: DuplicateFlag[] = []
  const summary = { ...empty, format: table.format, notices: table.notices, issues, duplicates }
  // What a figure with a key already taken duplicates: the dashboard's figures, then the file's.
  const seen = new FigureKeyMap<DuplicateFlag['of']>()
  for (const { indicatorId, geographyCode, period, fileName } of context.figures) {
    const of = fileName === null ? builtIn : ({ kind: 'imported', fileName } as const)
    seen.set(indicatorId, geographyCode, period, of)
  }
  const takenIds = new Set(context.figures.map((f) => f.id))
  const figures: Figure[] = []
  const duplicateAt: number[] = []
  const units = createUnitCheck(context)
  const used = perKind(() => new Set<string>())

  while (table.next()) {
    summary.rowCount++
    const row = table.rowNumber()
    const result = readRow()
    if (!result.ok) {
      summary.invalidRowCount++
      summary.issueCount += result.problems.length
      for (const p of result.problems) {
        if (issues.length >= MAX_LISTED) break
        issues.push({
          row,
          column: p.columnName ?? (p.column ? table.columnName(p.column) : '—'),
          value: p.value.slice(0, MAX_VALUE_CHARS),
          reason: p.reason,
        })
      }
      continue
    }
    const figure = result.figure
    figure.id = figureIdFor(result.figureId, figure, takenIds)
    const { indicatorId, geographyCode, year, period } = figure
    const time = periodKey(figure)
    const of = seen.get(indicatorId, geographyCode, time)
    if (!of) seen.set(indicatorId, geographyCode, time, { kind: 'row', row })
    else {
      duplicateAt.push(figures.length)
      summary.duplicateCount++
      if (duplicates.length < MAX_LISTED)
        duplicates.push({
          row,
          indicatorId,
          geographyCode,
          year,
          ...(period ? { period } : {}),
          of,
        })
    }
    units.check(figure, row)
    figures.push(figure)
    used.indicators.add(figure.indicatorId)
    used.geographies.add(figure.geographyCode)
    used.documents.add(figure.source.documentId)
    if (figure.source.quotedPersonId) used.people.add(figure.source.quotedPersonId)
  }
  const { created, records } = resolver.finish(used)
  summary.validCount = figures.length
  summary.unitMismatches = units.list()
  summary.newRecords = created
  summary.sample = figures.slice(0, SAMPLE_SIZE)
  return { summary, figures, records, duplicateAt }
}

const ID = /^[a-z0-9][a-z0-9-]*$/

/** The file's id when it is usable and free; otherwise "indicator-place-year", made unique. */
function figureIdFor(fromFile: string, figure: Figure, taken: Set<string>): string {
  const usable = fromFile && ID.test(fromFile) && !taken.has(fromFile)
  return uniqueId(
    usable ? fromFile : madeFigureId(figure.indicatorId, figure.geographyCode, figure),
    taken,
  )
}
