// The importer: a pure function from a file's bytes and the dashboard's current data to an
// analysis of the whole file: every figure it would add, every problem (row, column, value,
// reason) and every duplicate. Nothing is stored here. It runs in a Web Worker in the browser
// and in-thread in tests; it never throws.
import type { Figure } from '@/domain/dataset-schema'
import { periodKey } from '@/domain/period'
import type { ImportContext } from '@/features/import/model/import-context'
import { FigureKeyMap, splitFigureKey } from '@/features/import/model/figure-key-map'
import type {
  Analysis,
  AnalysisSummary,
  DuplicateFlag,
  ImportFormat,
  ImportIssue,
  MessageRef,
} from '@/features/import/model/import-types'
import { decodeText } from '@/features/import/model/decode-text'
import type { Table, TableResult } from '@/features/import/model/table'
import { readCsvTable } from '@/features/import/model/csv-table'
import { readJsonTable } from '@/features/import/model/json-table'
import { byteRows, guessDialectFromStart, textRows } from '@/features/import/model/csv-rows'
import {
  bytesHaveRegularQuotes,
  InvalidCellText,
  type CsvDialect,
} from '@/features/import/model/csv-bytes'
import { createRowReader } from '@/features/import/model/read-figure-row'
import { RecordResolver } from '@/features/import/model/resolve-records'
import { MAX_IMPORT_BYTES, MAX_LISTED } from '@/features/import/model/limits'
import { madeFigureId } from '@/features/import/model/pack-figures'
import { createUnitCheck } from '@/features/import/model/unit-mismatch'

const SAMPLE_SIZE = 20
const MAX_VALUE_CHARS = 80

export interface ImportFile {
  name: string
  /** The file's bytes; absent when the file was refused for its size before reading. */
  bytes: Uint8Array | null
  size: number
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now()
}

function emptySummary(file: ImportFile, analysisId: string): AnalysisSummary {
  return {
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
    newRecords: { indicators: [], documents: [], geographies: [], people: [] },
    sample: [],
    notices: [],
    timings: { decodeMs: 0, validateMs: 0 },
  }
}

function failed(
  file: ImportFile,
  analysisId: string,
  fileError: MessageRef,
  format: AnalysisSummary['format'] = null,
): Analysis {
  return {
    summary: { ...emptySummary(file, analysisId), format, fileError },
    figures: [],
    records: { indicators: [], documents: [], geographies: [], people: [] },
    duplicateAt: [],
  }
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
  try {
    return analyseUnsafe(file, context, analysisId)
  } catch (error) {
    // A bug must not lose the person's work or crash the page: it becomes a message.
    return failed(file, analysisId, {
      key: 'import.fileError.internal',
      vars: { detail: String((error as Error)?.message ?? error) },
    })
  }
}

function analyseUnsafe(file: ImportFile, context: ImportContext, analysisId: string): Analysis {
  if (file.size > MAX_IMPORT_BYTES || !file.bytes) {
    return failed(file, analysisId, {
      key: 'import.fileError.tooLarge',
      vars: { size: (file.size / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 },
    })
  }
  const { name, bytes } = file
  const t0 = now()
  const analyse = (result: TableResult, format: ImportFormat): Analysis => {
    if (!result.ok) return failed(file, analysisId, result.reason, format)
    const t1 = now()
    const analysis = validateTable(file, result.table, context, analysisId)
    analysis.summary.timings = { decodeMs: t1 - t0, validateMs: now() - t1 }
    return analysis
  }
  // A CSV file whose start settles its dialect is read from its bytes, without decoding it whole.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const dialect = dialectFromStart(name, bytes, start)
  if (dialect) {
    try {
      return analyse(readCsvTable(byteRows(bytes, start, dialect)), 'csv')
    } catch (error) {
      // A cell that is not UTF-8: decoding the whole file says where the first bad byte is.
      if (!(error instanceof InvalidCellText)) throw error
    }
  }
  // Any other file is decoded first, which finds what keeps it from being read (not UTF-8,
  // UTF-16, binary, empty) and says where.
  const decoded = decodeText(bytes)
  if (!decoded.ok) return failed(file, analysisId, decoded.reason)
  if (decoded.text.trim() === '') return failed(file, analysisId, { key: 'import.fileError.empty' })
  return looksLikeJson(name, decoded.text)
    ? analyse(readJsonTable(decoded.text), 'json')
    : analyse(readCsvTable(textRows(bytes, start, decoded.text)), 'csv')
}

// How much of the start is decoded to tell the format and guess the dialect: papaparse's
// 1,048,576-character sample of line breaks, with room for accented characters.
const START_BYTES = 1_200_000

/** The byte length of at most `limit` bytes of UTF-8 that does not cut a character. */
function wholeCharacters(bytes: Uint8Array, limit: number): number {
  if (limit >= bytes.length) return bytes.length
  let end = limit
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  return end
}

/**
 * The dialect of a CSV file whose quotes are regular, from its start alone; null when the file
 * must be decoded first: JSON, UTF-16, NUL bytes, a start that is not UTF-8 or is blank, a
 * dialect the start cannot settle, or quotes papaparse must recover from.
 */
function dialectFromStart(name: string, bytes: Uint8Array, start: number): CsvDialect | null {
  if (bytes.indexOf(0) !== -1) return null
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return null
  const end = wholeCharacters(bytes, start + START_BYTES)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(start, end),
    )
  } catch {
    return null
  }
  if (looksLikeJson(name, text) || text.trim() === '') return null
  const dialect = guessDialectFromStart(text, end === bytes.length)
  return dialect && bytesHaveRegularQuotes(bytes, start, dialect) ? dialect : null
}

function validateTable(
  file: ImportFile,
  table: Table,
  context: ImportContext,
  analysisId: string,
): Analysis {
  const resolver = new RecordResolver(context, table.fileLang)
  const readRow = createRowReader(table, context, resolver)
  const summary = {
    ...emptySummary(file, analysisId),
    format: table.format,
    notices: table.notices,
  }
  const issues: ImportIssue[] = []
  const duplicates: DuplicateFlag[] = []
  // The dashboard's figures by key: null for a built-in one, else the file it was imported from.
  const existing = new FigureKeyMap<string | null>()
  for (const f of context.figures) {
    const parts = splitFigureKey(f.key)
    if (parts) existing.set(parts.indicatorId, parts.geographyCode, parts.period, f.fileName)
  }
  const takenIds = new Set(context.figures.map((f) => f.id))
  const inFile = new FigureKeyMap<number>()
  const figures: Figure[] = []
  const duplicateAt: number[] = []
  const units = createUnitCheck(context)
  const used = {
    indicators: new Set<string>(),
    documents: new Set<string>(),
    geographies: new Set<string>(),
    people: new Set<string>(),
  }

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
    const dupOf = existing.get(indicatorId, geographyCode, time)
    const firstRow = inFile.get(indicatorId, geographyCode, time)
    if (dupOf !== undefined || firstRow !== undefined) {
      duplicateAt.push(figures.length)
      summary.duplicateCount++
      if (duplicates.length < MAX_LISTED) {
        const of: DuplicateFlag['of'] =
          dupOf !== undefined
            ? dupOf
              ? { kind: 'imported', fileName: dupOf }
              : { kind: 'built-in' }
            : { kind: 'row', row: firstRow! }
        duplicates.push({
          row,
          indicatorId,
          geographyCode,
          year,
          ...(period ? { period } : {}),
          of,
        })
      }
    }
    if (firstRow === undefined) inFile.set(indicatorId, geographyCode, time, row)
    units.check(figure, row)
    figures.push(figure)
    used.indicators.add(figure.indicatorId)
    used.geographies.add(figure.geographyCode)
    used.documents.add(figure.source.documentId)
    if (figure.source.quotedPersonId) used.people.add(figure.source.quotedPersonId)
  }
  const { created, records } = resolver.finish(used)
  summary.validCount = figures.length
  summary.issues = issues
  summary.duplicates = duplicates
  summary.unitMismatches = units.list()
  summary.newRecords = created
  summary.sample = figures.slice(0, SAMPLE_SIZE)
  return { summary, figures, records, duplicateAt }
}

const ID = /^[a-z0-9][a-z0-9-]*$/

/** The file's id when it is usable and free; otherwise "indicator-place-year", made unique. */
function figureIdFor(fromFile: string, figure: Figure, taken: Set<string>): string {
  if (fromFile && ID.test(fromFile) && !taken.has(fromFile)) {
    taken.add(fromFile)
    return fromFile
  }
  const base = madeFigureId(figure.indicatorId, figure.geographyCode, figure)
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}
