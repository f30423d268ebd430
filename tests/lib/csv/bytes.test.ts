// Reading CSV from its bytes (the rows papaparse gives are checked in rows.test.ts): table
// tests, the cell decoder, and analyseImport on a large file, read without decoding it whole.
import Papa from 'papaparse'
import {
  createCellDecoder,
  createCsvByteReader,
  InvalidCellText,
  type CsvDialect,
} from '@/lib/csv/bytes'
import { analyseImport } from '@/features/import/model/analyse-import'
import { generateFiguresCsv } from '@scripts/generate-figures'
import { builtInContext } from '@tests/features/import/helpers'

const utf8 = (text: string) => new TextEncoder().encode(text)
const comma: CsvDialect = { delimiter: ',', newline: '\n' }

function readBytes(bytes: Uint8Array, dialect: CsvDialect = comma, start = 0): string[][] {
  const reader = createCsvByteReader(bytes, start, dialect)
  const rows: string[][] = []
  const cells: string[] = []
  while (reader.next(cells)) rows.push([...cells])
  return rows
}

describe('createCsvByteReader', () => {
  it.each([
    ['plain rows', 'a,b\nc,d'],
    ['a line break at the end', 'a,b\n'],
    ['non-ASCII cells, short and long', 'año,“Panamá” is a longer cell,😀\nñ,x'],
    [
      'quoted cells with delimiters, doubled quotes and line breaks',
      '"a,1","say ""hí""","x\ny"\nz',
    ],
    ['a byte-order mark inside a cell is kept', 'a,\uFEFFb'],
  ])('%s: the rows papaparse gives', (_name, text) => {
    expect(readBytes(utf8(text))).toEqual(
      Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data,
    )
  })

  it('starts after a byte-order mark when told to', () => {
    expect(readBytes(utf8('\uFEFFa,b'), comma, 3)).toEqual([['a', 'b']])
  })

  it('splits only at the dialect’s line break', () => {
    const dialect = { delimiter: ';', newline: '\r\n' }
    expect(readBytes(utf8('a;b\r\nc\nd;e\r\r\n'), dialect)).toEqual([
      ['a', 'b'],
      ['c\nd', 'e\r'],
      [''],
    ])
  })

  it('gives the same string object for cells with the same bytes (one decoding)', () => {
    const [first, second] = readBytes(
      utf8('Synthetic statistical bulletin 1,x\nSynthetic statistical bulletin 1,y'),
    )
    expect(first![0]).toBe('Synthetic statistical bulletin 1')
    expect(Object.is(first![0], second![0])).toBe(true)
  })

  it('throws InvalidCellText at a cell that is not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('a,b\nPanam'), 0xe1, ...utf8(',c\n')])
    expect(() => readBytes(bytes)).toThrow(InvalidCellText)
  })
})

describe('createCellDecoder', () => {
  it('decodes short and long ranges, ASCII or not, and repeats the string for repeated bytes', () => {
    const bytes = utf8(
      '2019|año|a long ASCII cell text|a long ASCII cell text|una celda más larga|una celda más larga',
    )
    const decode = createCellDecoder(bytes)
    const cells: string[] = []
    let start = 0
    while (start <= bytes.length) {
      const bar = bytes.indexOf(124, start)
      const end = bar === -1 ? bytes.length : bar
      cells.push(decode.text(start, end))
      start = end + 1
    }
    expect(cells).toEqual([
      '2019',
      'año',
      'a long ASCII cell text',
      'a long ASCII cell text',
      'una celda más larga',
      'una celda más larga',
    ])
    expect(decode.text(0, 0)).toBe('')
  })
})

describe('analyseImport on a large file, read from its bytes', () => {
  // A synthetic file of about 2.2 MB (scripts/generate-figures.ts, seeded).
  const text = generateFiguresCsv({ rows: 8_000, seed: 5 })
  const analyse = (bytes: Uint8Array) =>
    analyseImport({ name: 'large.csv', bytes, size: bytes.length }, builtInContext(), 'large')
  const withoutTimings = (a: ReturnType<typeof analyse>) => ({
    ...a,
    summary: { ...a.summary, timings: null },
  })

  it('reads the file without decoding it whole, row for row as its start alone', () => {
    const bytes = utf8(text)
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024)
    const decode = vi.spyOn(TextDecoder.prototype, 'decode')
    const whole = analyse(bytes)
    // Read from the bytes: the start is decoded (to tell the format) and then only distinct cells, far less than the file.
    const decoded = decode.mock.calls.reduce(
      (sum, [input]) => sum + ((input as Uint8Array | undefined)?.length ?? 0),
      0,
    )
    expect(decoded).toBeLessThan(bytes.length * 0.75)
    decode.mockRestore()
    expect(whole.summary).toMatchObject({ fileError: null, rowCount: 8_000, validCount: 8_000 })
    // The first 1,000 rows on their own give the start of the whole analysis.
    const head = text.split('\n').slice(0, 1_001).join('\n')
    const small = analyse(utf8(head))
    expect(withoutTimings(small).figures).toEqual(whole.figures.slice(0, 1_000))
  })

  it('says which line holds a byte that is not UTF-8', () => {
    const bytes = utf8(text)
    const at = bytes.lastIndexOf(0x53) // the S of the last “Synthetic”: an ASCII byte
    bytes[at] = 0xe1
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1
    expect(analyse(bytes).summary.fileError).toEqual({
      key: 'import.fileError.notUtf8',
      vars: { line, byte: 'E1' },
    })
  })

  it('hands a file with a broken quote to papaparse, which reports the row', () => {
    const lines = text.split('\n')
    lines[7_000] = `${lines[7_000]},"never closed`
    const { summary } = analyse(utf8(lines.join('\n')))
    expect(summary.issues).toContainEqual(
      expect.objectContaining({
        row: 7_001,
        reason: expect.objectContaining({ key: 'import.reason.csvSyntax' }),
      }),
    )
  })

  it('guesses the same delimiter as papaparse', () => {
    const semicolons = Papa.unparse(Papa.parse<string[]>(text).data, {
      delimiter: ';',
      newline: '\r\n',
    })
    const { summary, figures } = analyse(utf8(semicolons))
    expect(summary).toMatchObject({ fileError: null, validCount: 8_000, issueCount: 0 })
    expect(figures.slice(0, 50)).toEqual(analyse(utf8(text)).figures.slice(0, 50))
  })
})
