// Bad files get a message that names the row, the column and the value as the file holds it,
// and the reason, never a blank, "null" or a problem blamed on the wrong column.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadAllMessages, translatorFor } from '@/lib/i18n'
import type { AnalysisSummary } from '@/features/import/model/import-types'
import { analyseText, csv, header, row } from '../helpers'

beforeAll(() => loadAllMessages())

/** The listed problems as "row | column | value | reason", in English. */
function problems(summary: AnalysisSummary): string[] {
  const t = translatorFor('en')
  return summary.issues.map(
    (i) => `${i.row} | ${i.column} | ${i.value} | ${t(i.reason.key, i.reason.vars)}`,
  )
}

/** One figure as a JSON object, from the CSV helpers' valid row. */
function jsonFigure(): Record<string, unknown> {
  const cells = row().split(',')
  return Object.fromEntries(header.split(',').map((column, i) => [column, cells[i]]))
}

describe('import messages for broken files', () => {
  it('a header split by another delimiter than the rows says so, instead of "no known column"', () => {
    const { summary } = analyseText(
      [header.replaceAll(',', ';'), row(), row({ year: '2020' })].join('\n'),
    )
    expect(translatorFor('en')(summary.fileError!.key, summary.fileError!.vars)).toBe(
      'Row 1 (the header) separates its columns with “;” but the rest of the file with “,”, so “indicator;geography code;geography name;year;estimate kind;value (as displayed);” was read as one column. Use one separator throughout the file.',
    )
  })

  it('a row split by another delimiter is one problem naming the row, its cell and the delimiters', () => {
    const { summary } = analyseText(csv(row(), row({ year: '2020' }).replaceAll(',', ';')))
    expect(summary.validCount).toBe(1)
    expect(problems(summary)).toEqual([
      '3 | indicator | Involuntary returns registered;JAM;Jamaica;2020;point;1200;;;returns;;Registered | separates its cells with “;” while the file uses “,”, so the whole row was read as one cell; use one separator throughout the file',
    ])
  })

  it.each([
    ['a list', [2019], '[2019]', 'is a JSON list, not text or a number'],
    ['an object', { value: 2019 }, '{"value":2019}', 'is a JSON object, not text or a number'],
  ])('a JSON value that is %s names its column and value', (_, year, shown, reason) => {
    const { summary } = analyseText(JSON.stringify([{ ...jsonFigure(), year }]), 'figures.json')
    expect(problems(summary)).toEqual([`1 | year | ${shown} | ${reason}`])
  })

  it.each([
    ['CSV', csv(row({ 'value (as displayed)': '1e309' })), 'figures.csv', '2'],
    [
      'JSON',
      JSON.stringify([jsonFigure()]).replace(
        '"value (as displayed)":"1200"',
        '"value (as displayed)":1e309',
      ),
      'figures.json',
      '1',
    ],
  ])('1e309 in %s is too large, not empty, and is shown as written', (_, text, name, rowNumber) => {
    const { summary } = analyseText(text, name)
    expect(problems(summary)).toEqual([
      `${rowNumber} | value (as displayed) | 1e309 | is too large to be read as a number; check the value`,
    ])
  })

  it('a quote left open that swallows the next row is reported on its row and cell, not passed over', () => {
    const opened = row().replace(
      ',Registered by the national migration authority only.,',
      ',"Registered by the authority,',
    )
    const closed = row({ year: '2020' }).replace(
      ',Registered by the national migration authority only.,',
      ',the end",',
    )
    const { summary } = analyseText(csv(opened, closed, row({ year: '2021' })))
    expect(summary.validCount).toBe(1)
    expect(problems(summary)).toEqual([
      '2 | coverage | Registered by the authority,Coverage: Returns registered at the main airport onl | holds a line break and many separators: a quote opened in this cell was probably never closed, so the next line of the file was read into it; close the quote, or write a quote inside a cell as two quotes',
    ])
  })

  it('keeps a quoted cell with a line break that is only text', () => {
    const { summary } = analyseText(
      csv(row({ coverage: 'Registered by the authority.\nAirports only.' })),
    )
    expect(summary.issues).toEqual([])
    expect(summary.validCount).toBe(1)
  })

  it('bounds free text as the schema does, naming the column', () => {
    const long = 'x'.repeat(2001)
    const { summary } = analyseText(csv(row({ publisher: long, caveats: `Coverage: ${long}` })))
    expect(problems(summary)).toEqual([
      `2 | publisher | ${long.slice(0, 80)} | is longer than 2000 characters`,
      `2 | caveats | Coverage: ${long.slice(0, 70)} | the caveat “${long.slice(0, 60)}…” is longer than 2000 characters`,
    ])
  })

  it('refuses a document address that is not http(s)', () => {
    const { summary } = analyseText(csv(row({ address: 'javascript:alert(1)' })))
    expect(problems(summary)).toEqual([
      expect.stringMatching(/^2 \| address \| javascript:alert\(1\) \| /),
    ])
  })
})
