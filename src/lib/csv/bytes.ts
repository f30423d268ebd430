// Reads rows of a UTF-8 CSV file straight from its bytes, for files with regular quotes.
// Decoding a 27 MB file into one string takes Chromium about half a second, and every cell is
// then copied out of it and hashed again by each cache it meets. The characters that shape a CSV
// file (quote, delimiter, line break) are ASCII, and in UTF-8 an ASCII byte is never part of
// another character, so rows and cells can be found in the bytes; each distinct cell is then
// decoded once and the same string reused for every row that repeats it.

/** The delimiter and line break a file uses (papaparse guesses them, rows.ts). */
export interface CsvDialect {
  delimiter: string
  newline: string
}

/** A cell that is not valid UTF-8: the caller reads the file as text instead, which says where. */
export class InvalidCellText extends Error {
  constructor() {
    super('a cell is not valid UTF-8')
  }
}

const QUOTE = 34

function dialectBytes({ delimiter, newline }: CsvDialect): {
  delimiter: number
  newline: number[]
} {
  if (delimiter.length !== 1 || delimiter.charCodeAt(0) >= 0x80 || delimiter === '"')
    throw new RangeError(`unsupported delimiter ${JSON.stringify(delimiter)}`)
  const codes = [...newline].map((c) => c.charCodeAt(0))
  if (codes.length === 0 || codes.length > 2 || codes.some((c) => c >= 0x80 || c === QUOTE))
    throw new RangeError(`unsupported line break ${JSON.stringify(newline)}`)
  return { delimiter: delimiter.charCodeAt(0), newline: codes }
}

function newlineAt(bytes: Uint8Array, newline: number[], at: number): boolean {
  return bytes[at] === newline[0] && (newline.length === 1 || bytes[at + 1] === newline[1])
}

function newlineEndsAt(bytes: Uint8Array, newline: number[], at: number): boolean {
  return at >= newline.length && newlineAt(bytes, newline, at - newline.length)
}

/**
 * True when every quote from `start` opens a cell or closes it (a doubled quote is a quote
 * inside a cell): such a file splits one way only, the way papaparse splits it.
 */
export function bytesHaveRegularQuotes(
  bytes: Uint8Array,
  start: number,
  dialect: CsvDialect,
): boolean {
  const { delimiter, newline } = dialectBytes(dialect)
  let from = start
  for (;;) {
    const open = bytes.indexOf(QUOTE, from)
    if (open === -1) return true
    if (open > start && bytes[open - 1] !== delimiter && !newlineEndsAt(bytes, newline, open))
      return false
    let at = open + 1
    for (;;) {
      const close = bytes.indexOf(QUOTE, at)
      if (close === -1) return false
      if (bytes[close + 1] === QUOTE) {
        at = close + 2
        continue
      }
      const after = close + 1
      if (after !== bytes.length && bytes[after] !== delimiter && !newlineAt(bytes, newline, after))
        return false
      from = after
      break
    }
  }
}

interface SharedCell {
  start: number
  end: number
  text: string
  next: SharedCell | undefined
}

// Cells this short are made afresh (numbers, years, codes): as cheap as looking them up.
const SHORTEST_SHARED = 9
const MOST_SHARED = 200_000

/** A string of up to 8 ASCII bytes, without a view or an argument list per cell. */
function shortAscii(b: Uint8Array, at: number, length: number): string {
  const c = String.fromCharCode
  switch (length) {
    case 1:
      return c(b[at]!)
    case 2:
      return c(b[at]!, b[at + 1]!)
    case 3:
      return c(b[at]!, b[at + 1]!, b[at + 2]!)
    case 4:
      return c(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!)
    case 5:
      return c(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!, b[at + 4]!)
    case 6:
      return c(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!, b[at + 4]!, b[at + 5]!)
    case 7:
      return c(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!, b[at + 4]!, b[at + 5]!, b[at + 6]!)
    default:
      return c(
        b[at]!,
        b[at + 1]!,
        b[at + 2]!,
        b[at + 3]!,
        b[at + 4]!,
        b[at + 5]!,
        b[at + 6]!,
        b[at + 7]!,
      )
  }
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

export interface CellDecoder {
  /** The string of bytes[start, end). */
  text(start: number, end: number): string
  /** The same, when the caller has already hashed the bytes (FNV-1a) and knows whether all are ASCII. */
  hashedText(start: number, end: number, hash: number, ascii: boolean): string
}

/**
 * The strings of byte ranges, decoded strictly as UTF-8 (throws InvalidCellText). Ranges with
 * the same bytes give the same string: one decoding, and a string whose hash is already known
 * to every cache it is looked up in.
 */
export function createCellDecoder(bytes: Uint8Array): CellDecoder {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  // By hash of the bytes: the last range seen with that hash and its string, then the others.
  const shared = new Map<number, SharedCell>()
  let sharedCount = 0

  const decode = (start: number, end: number, ascii: boolean): string => {
    if (ascii && end - start <= 4096)
      return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[])
    try {
      return decoder.decode(bytes.subarray(start, end))
    } catch {
      throw new InvalidCellText()
    }
  }
  const same = (a: number, b: number, length: number) => {
    for (let k = 0; k < length; k++) if (bytes[a + k] !== bytes[b + k]) return false
    return true
  }

  const hashedText = (start: number, end: number, hash: number, ascii: boolean): string => {
    const length = end - start
    if (length === 0) return ''
    if (length < SHORTEST_SHARED)
      return ascii ? shortAscii(bytes, start, length) : decode(start, end, false)
    const first = shared.get(hash)
    for (let entry = first; entry; entry = entry.next) {
      if (entry.end - entry.start === length && same(entry.start, start, length)) return entry.text
    }
    const text = decode(start, end, ascii)
    if (sharedCount < MOST_SHARED) {
      sharedCount++
      shared.set(hash, { start, end, text, next: first })
    }
    return text
  }
  return {
    hashedText,
    text(start, end) {
      let hash = FNV_OFFSET
      let high = 0
      for (let k = start; k < end; k++) {
        const b = bytes[k]!
        high |= b
        hash = Math.imul(hash ^ b, FNV_PRIME)
      }
      return hashedText(start, end, hash, high < 0x80)
    },
  }
}

/**
 * Reads rows of bytes whose quotes are regular (check with bytesHaveRegularQuotes), from
 * `start` (after a byte-order mark). Gives the rows papaparse gives for the decoded text,
 * including the one empty row after a final line break.
 */
export function createCsvByteReader(
  bytes: Uint8Array,
  start: number,
  dialect: CsvDialect,
): { next(cells: string[]): boolean } {
  const { delimiter, newline } = dialectBytes(dialect)
  const cellText = createCellDecoder(bytes)
  const length = bytes.length
  const lineBreak = newline[0]!
  const lineBreak2 = newline.length === 2 ? newline[1]! : -1
  let pos = start
  let done = false

  function next(cells: string[]): boolean {
    if (done) return false
    cells.length = 0
    for (;;) {
      if (bytes[pos] === QUOTE) {
        let from = pos + 1
        let value = ''
        for (;;) {
          const close = bytes.indexOf(QUOTE, from)
          if (close === -1) throw new Error('createCsvByteReader needs regular quotes')
          if (bytes[close + 1] === QUOTE) {
            value += cellText.text(from, close + 1)
            from = close + 2
            continue
          }
          value += cellText.text(from, close)
          pos = close + 1
          break
        }
        cells.push(value)
        if (pos >= length) {
          done = true
          return true
        }
        if (bytes[pos] === delimiter) {
          pos++
          continue
        }
        pos += newline.length
        return true
      }
      // An unquoted cell: one pass finds its end and hashes it (a call per cell to the typed
      // array's indexOf cost more than the whole pass).
      let end = pos
      let hash = FNV_OFFSET
      let high = 0
      let atDelimiter = false
      while (end < length) {
        const b = bytes[end]!
        if (b === delimiter) {
          atDelimiter = true
          break
        }
        if (b === lineBreak && (lineBreak2 === -1 || bytes[end + 1] === lineBreak2)) break
        high |= b
        hash = Math.imul(hash ^ b, FNV_PRIME)
        end++
      }
      cells.push(cellText.hashedText(pos, end, hash, high < 0x80))
      if (atDelimiter) {
        pos = end + 1
        continue
      }
      if (end >= length) {
        done = true
        return true
      }
      pos = end + newline.length
      return true
    }
  }
  return { next }
}
