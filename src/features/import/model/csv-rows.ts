// The rows of a CSV file, one at a time. Files whose quotes are regular (every quoted cell opens
// at the start of a cell and closes right before a delimiter, a line break or the end) split
// one way only, and are read from their bytes (csv-bytes.ts): the fast path, keeping no table
// of 100,000 rows in memory. Any other quote goes to papaparse, whose recovery from broken
// quotes the import reports. Either way the delimiter and line break are papaparse's guess.
import Papa from 'papaparse'
import type { MessageRef } from '@/features/import/model/import-types'
import { columnForHeader } from '@/features/import/model/table'
import {
  bytesHaveRegularQuotes,
  createCsvByteReader,
  type CsvDialect,
} from '@/features/import/model/csv-bytes'

const guessedDelimiters = [',', ';', '\t']

/** A delimiter as a message shows it. */
const shownDelimiter = (delimiter: string) => (delimiter === '\t' ? 'TAB' : delimiter)

function count(text: string, part: string): number {
  let n = 0
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) n++
  return n
}

/**
 * A header read as one column because it is split by another delimiter than the rows below
 * (the delimiter is guessed from the first rows): says so, instead of "no known column".
 */
export function headerWithOtherDelimiter(header: string[], used: string): MessageRef | null {
  for (const cell of header) {
    for (const other of guessedDelimiters) {
      if (other === used || !cell.includes(other)) continue
      const known = cell.split(other).filter((name) => columnForHeader(name)).length
      if (known >= 2)
        return {
          key: 'import.fileError.mixedDelimiters',
          vars: {
            used: shownDelimiter(used),
            other: shownDelimiter(other),
            value: cell.slice(0, 80),
          },
        }
    }
  }
  return null
}

/**
 * A row that did not split into its cells: one cell holding the whole row (the row uses another
 * delimiter than the file), or a cell holding line breaks and many delimiters (a quote left
 * open, which read the next lines of the file into it). `at` is the cell's position.
 */
export function rowSplitWrongly(
  cells: string[],
  width: number,
  used: string,
): { at: number; reason: MessageRef } | null {
  const many = Math.max(2, Math.floor((width - 1) / 2))
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at]!
    if (cell.length < many) continue
    if (cells.length < width / 2) {
      for (const other of guessedDelimiters) {
        if (other !== used && count(cell, other) >= many) {
          return {
            at,
            reason: {
              key: 'import.reason.otherDelimiter',
              vars: { used: shownDelimiter(used), other: shownDelimiter(other) },
            },
          }
        }
      }
    }
    if ((cell.includes('\n') || cell.includes('\r')) && count(cell, used) >= many) {
      const lines = cell.split(/\r\n|\r|\n/).length - 1
      return { at, reason: { key: 'import.reason.quoteLeftOpen', vars: { count: lines } } }
    }
  }
  return null
}

/** The rows of a CSV file, one at a time, and the problems papaparse found in each. */
export interface CsvRows {
  /** The delimiter the rows are split by. */
  delimiter: string
  /** Fills `cells` with the next row that is not blank; false after the last. */
  next(cells: string[]): boolean
  /** Problems papaparse reported for the row read last (broken quotes). */
  syntaxIssues(): { row: number; message: string }[]
}

/** True for a row whose cells hold only spaces: papaparse's "greedy" empty line. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}

/** The delimiter and line break papaparse guesses for the text. */
function guessDialect(text: string): CsvDialect {
  const guess = Papa.parse<string[]>(text, {
    preview: 1,
    skipEmptyLines: 'greedy',
    delimitersToGuess: guessedDelimiters,
  })
  return { delimiter: guess.meta.delimiter || ',', newline: guess.meta.linebreak || '\n' }
}

// papaparse guesses the line break from the first 1,048,576 characters and the delimiter from
// the first 10 rows, so a start of the text that holds both gives the guess the whole would.
const LINE_BREAK_SAMPLE = 1024 * 1024
const DELIMITER_SAMPLE_ROWS = 10

/**
 * The dialect papaparse would guess for a text of which `start` is the beginning (`whole` when
 * it is all of it), or null when the start is too short to be sure.
 */
export function guessDialectFromStart(start: string, whole: boolean): CsvDialect | null {
  const dialect = guessDialect(start)
  if (whole) return dialect
  if (start.length < LINE_BREAK_SAMPLE) return null
  // Every candidate delimiter must see its first rows end inside the start (an 11th row begins).
  for (const delimiter of guessedDelimiters) {
    const rows = Papa.parse<string[]>(start, {
      delimiter,
      newline: dialect.newline as '\n' | '\r' | '\r\n',
      preview: DELIMITER_SAMPLE_ROWS + 1,
    }).data
    if (rows.length <= DELIMITER_SAMPLE_ROWS) return null
  }
  return dialect
}

/**
 * The rows of bytes whose quotes are regular (bytesHaveRegularQuotes) from `start` (after a
 * byte-order mark), without blank rows. Throws InvalidCellText at a cell that is not UTF-8.
 */
export function byteRows(bytes: Uint8Array, start: number, dialect: CsvDialect): CsvRows {
  const reader = createCsvByteReader(bytes, start, dialect)
  return {
    delimiter: dialect.delimiter,
    next(cells) {
      while (reader.next(cells)) if (!isBlankRow(cells)) return true
      return false
    },
    syntaxIssues: () => [],
  }
}

/**
 * The rows of a CSV file whose whole text is decoded (`start`: where it starts in the bytes):
 * from the bytes when its quotes are regular, else by papaparse, whose row numbers the
 * reported syntax errors carry.
 */
export function textRows(bytes: Uint8Array, start: number, text: string): CsvRows {
  const dialect = guessDialect(text)
  return bytesHaveRegularQuotes(bytes, start, dialect)
    ? byteRows(bytes, start, dialect)
    : papaparseRows(text, dialect.delimiter)
}

function papaparseRows(text: string, guessed: string): CsvRows {
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: guessedDelimiters,
  })
  const errors = new Map<number, { row: number; message: string }[]>()
  for (const error of parsed.errors) {
    if (error.row === undefined || error.code === 'UndetectableDelimiter') continue
    errors.set(error.row, [
      ...(errors.get(error.row) ?? []),
      { row: error.row, message: error.message },
    ])
  }
  let at = -1
  return {
    delimiter: parsed.meta.delimiter || guessed,
    next(cells) {
      const row = parsed.data[++at]
      if (!row) return false
      cells.length = 0
      cells.push(...row)
      return true
    },
    // papaparse numbers errors by the row's place among all rows, blank ones included; they are
    // reported under the data row of that number.
    syntaxIssues: () => errors.get(at) ?? [],
  }
}
