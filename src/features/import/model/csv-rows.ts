// Splits CSV text into rows one at a time, for files whose quotes are regular (every quoted
// cell opens at the start of the cell and closes right before a delimiter, a line break or the
// end). Such text splits one way only, the way papaparse splits it; reading it row by row keeps
// no table of 100,000 rows in memory, which made papaparse's reading and the garbage collection
// after it most of a large import's time. Text with any other quote goes to papaparse, whose
// recovery from broken quotes the import reports.

/** The delimiter and line break a file uses (papaparse guesses them). */
export interface CsvDialect {
  delimiter: string
  newline: string
}

const QUOTE = 34

function endsWith(text: string, part: string, at: number): boolean {
  return at >= part.length && text.startsWith(part, at - part.length)
}

/** True when every quote in the text opens a cell or closes it (a doubled quote is a quote inside a cell). */
export function hasRegularQuotes(text: string, { delimiter, newline }: CsvDialect): boolean {
  let from = 0
  for (;;) {
    const open = text.indexOf('"', from)
    if (open === -1) return true
    if (open > 0 && !endsWith(text, delimiter, open) && !endsWith(text, newline, open)) return false
    let at = open + 1
    for (;;) {
      const close = text.indexOf('"', at)
      if (close === -1) return false
      if (text.charCodeAt(close + 1) === QUOTE) {
        at = close + 2
        continue
      }
      const after = close + 1
      if (
        after !== text.length &&
        !text.startsWith(delimiter, after) &&
        !text.startsWith(newline, after)
      )
        return false
      from = after
      break
    }
  }
}

/**
 * Reads rows of text that has regular quotes (check with hasRegularQuotes first). `next(cells)`
 * puts the next row's cells in `cells` and returns true, or returns false after the last row.
 * Like papaparse, a line break at the end of the text is followed by one row of one empty cell.
 */
export function createCsvRowReader(
  text: string,
  { delimiter, newline }: CsvDialect,
): { next(cells: string[]): boolean } {
  const length = text.length
  let pos = 0
  let done = false
  // The next delimiter and line break at or after `pos` (`length` when there is none), found
  // once and reused for the cells before them.
  let nextDelimiter = -1
  let nextNewline = -1
  const delimiterFrom = (at: number) => {
    if (nextDelimiter < at) {
      nextDelimiter = text.indexOf(delimiter, at)
      if (nextDelimiter === -1) nextDelimiter = length
    }
    return nextDelimiter
  }
  const newlineFrom = (at: number) => {
    if (nextNewline < at) {
      nextNewline = text.indexOf(newline, at)
      if (nextNewline === -1) nextNewline = length
    }
    return nextNewline
  }

  function next(cells: string[]): boolean {
    if (done) return false
    cells.length = 0
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        let start = pos + 1
        let value = ''
        for (;;) {
          const close = text.indexOf('"', start)
          if (close === -1) throw new Error('createCsvRowReader needs regular quotes')
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(start, close + 1)
            start = close + 2
            continue
          }
          value += text.slice(start, close)
          pos = close + 1
          break
        }
        cells.push(value)
        if (pos >= length) {
          done = true
          return true
        }
        if (text.startsWith(delimiter, pos)) {
          pos += delimiter.length
          continue
        }
        pos += newline.length
        return true
      }
      const d = delimiterFrom(pos)
      const n = newlineFrom(pos)
      if (d < n) {
        cells.push(text.slice(pos, d))
        pos = d + delimiter.length
        continue
      }
      cells.push(text.slice(pos, n))
      if (n >= length) {
        done = true
        return true
      }
      pos = n + newline.length
      return true
    }
  }
  return { next }
}

/** True for a row whose cells hold only spaces: papaparse's "greedy" empty line. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}
