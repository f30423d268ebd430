import { describe, expect, it } from 'vitest'
import { neutraliseCell, neutraliseRow, unguardCell } from '@/domain/file-format/write-cells'
import { FORMULA_STARTS } from '@tests/features/export/export-fixtures'

describe('neutraliseCell', () => {
  it.each(FORMULA_STARTS)('prefixes text starting with %s with a single quote', (_name, start) => {
    expect(neutraliseCell(`${start}HYPERLINK("http://x")`)).toBe(`'${start}HYPERLINK("http://x")`)
  })

  it.each([
    ['plain text', 'at least 2.5 million'],
    ['a quote inside', 'says "=1+1"'],
    ['an empty cell', ''],
    ['a sign later in the text', 'US$5.5–7 billion, +/- unknown'],
  ])('leaves %s unchanged', (_name, text) => {
    expect(neutraliseCell(text)).toBe(text)
  })

  it('quotes a text that already starts with a quote and a sign, so the importer reads it back as written', () => {
    expect(neutraliseCell("'@home")).toBe("''@home")
    expect(unguardCell(neutraliseCell("'@home"))).toBe("'@home")
    expect(unguardCell(neutraliseCell('=1+1'))).toBe('=1+1')
    expect(neutraliseCell("'quoted")).toBe("'quoted")
  })

  it('keeps numbers and empty cells as they are, so bounds stay numbers', () => {
    expect(neutraliseRow(['=x', 2500000, null, '-1'])).toEqual(["'=x", 2500000, null, "'-1"])
  })
})

describe('unguardCell', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'-5 returns", '-5 returns'],
    ["'quoted", "'quoted"],
  ])('unguardCell(%j) = %j', (text, expected) => expect(unguardCell(text)).toBe(expected))
})
