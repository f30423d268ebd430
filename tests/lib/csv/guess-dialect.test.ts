// guessDialectFromStart: the dialect papaparse would guess for a whole text, from its start only
// when the start settles it.
import Papa from 'papaparse'
import { guessDialectFromStart } from '@/lib/csv/rows'

const rows = (count: number, delimiter: string, newline: string) =>
  Array.from({ length: count }, (_, i) => ['a', `b ${i}`, 'c'].join(delimiter)).join(newline)

describe('guessDialectFromStart', () => {
  it.each([
    [',', '\n'],
    [';', '\r\n'],
    ['\t', '\r'],
  ])('for a whole text gives papaparse’s guess (%j, %j)', (delimiter, newline) => {
    const text = rows(20, delimiter, newline)
    const papa = Papa.parse(text, { preview: 1, delimitersToGuess: [',', ';', '\t'] }).meta
    expect(guessDialectFromStart(text, true)).toEqual({
      delimiter: papa.delimiter,
      newline: papa.linebreak,
    })
    expect(guessDialectFromStart(text, true)).toEqual({ delimiter, newline })
  })

  it('settles the dialect from a start of 1,048,576 characters or more that holds the first rows', () => {
    const start = rows(90_000, ';', '\r\n')
    expect(start.length).toBeGreaterThan(1024 * 1024)
    expect(guessDialectFromStart(start, false)).toEqual({ delimiter: ';', newline: '\r\n' })
  })

  it('does not settle it from a shorter start', () => {
    expect(guessDialectFromStart(rows(1_000, ';', '\n'), false)).toBeNull()
  })

  it('does not settle it when the first rows do not end inside the start (a long quoted cell)', () => {
    const start = `a,"${'x\n'.repeat(600_000)}`
    expect(guessDialectFromStart(start, false)).toBeNull()
  })
})
