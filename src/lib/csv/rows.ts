// The rows of a CSV file, one at a time. Files whose quotes are regular (every quoted cell opens
// at the start of a cell and closes right before a delimiter, a line break or the end) split
// one way only, and are read from their bytes (bytes.ts): the fast path, keeping no table
// of 100,000 rows in memory. Any other quote goes to papaparse, whose recovery from broken
// quotes the import reports. Either way the delimiter and line break are papaparse's guess.
import Papa from 'papaparse'
import { csvDelimiters, type CsvRows } from '@/domain/file-format/read-csv-table'
import { bytesHaveRegularQuotes, createCsvByteReader, type CsvDialect } from '@/lib/csv/bytes'

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
    delimitersToGuess: csvDelimiters,
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
  for (const delimiter of csvDelimiters) {
    const rows = Papa.parse<string[]>(start, {
      delimiter,
      newline: dialect.newline as '\n' | '\r' | '\r\n',
      preview: DELIMITER_SAMPLE_ROWS + 1,
    }).data
    if (rows.length <= DELIMITER_SAMPLE_ROWS) return null
  }
  return dialect
}

/** The rows of bytes whose quotes are regular (bytesHaveRegularQuotes) from `start`, without blank rows. */
function byteRows(bytes: Uint8Array, start: number, dialect: CsvDialect): CsvRows {
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
 * The rows of a CSV file whose whole text is decoded: from the bytes when its quotes are
 * regular, else by papaparse, whose row numbers the reported syntax errors carry.
 */
export function rowsFromText(bytes: Uint8Array, text: string): CsvRows {
  const start = textStart(bytes)
  const dialect = guessDialect(text)
  return bytesHaveRegularQuotes(bytes, start, dialect)
    ? byteRows(bytes, start, dialect)
    : papaparseRows(text, dialect.delimiter)
}

function papaparseRows(text: string, guessed: string): CsvRows {
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: csvDelimiters,
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

/** Where the text starts: after a UTF-8 byte-order mark. */
const textStart = (bytes: Uint8Array) =>
  bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0

/**
 * The rows of a CSV file read straight from its bytes, its dialect guessed from its start alone;
 * null when the file must be decoded whole first: UTF-16, NUL bytes, a start that is not UTF-8
 * or is blank or that `isCsv` refuses, a dialect the start cannot settle, or quotes papaparse
 * must recover from. Reading throws InvalidCellText at a cell that is not UTF-8.
 */
export function rowsFromBytes(
  bytes: Uint8Array,
  isCsv: (start: string) => boolean,
): CsvRows | null {
  const start = textStart(bytes)
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
  if (!isCsv(text) || text.trim() === '') return null
  const dialect = guessDialectFromStart(text, end === bytes.length)
  return dialect && bytesHaveRegularQuotes(bytes, start, dialect)
    ? byteRows(bytes, start, dialect)
    : null
}
