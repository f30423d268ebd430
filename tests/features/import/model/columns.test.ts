import enExport from '@/locales/en/export.json'
import esExport from '@/locales/es/export.json'
import {
  columnForHashtag,
  columnForHeader,
  isHashtagRow,
  normalizeHashtag,
} from '@/features/import/model/columns'

describe('columnForHeader', () => {
  // The importer must accept exactly the headers the CSV export writes, in both languages.
  it.each([
    ['en', enExport.export.column],
    ['es', esExport.export.column],
  ] as const)('recognises every %s export column header', (lang, columns) => {
    for (const [id, label] of Object.entries(columns)) {
      expect(columnForHeader(label), `${lang} “${label}”`).toEqual({ id, lang })
    }
  })

  it.each([
    ['  Geography Code ', 'geographyCode'],
    ['geography_code', 'geographyCode'],
    ['CODIGO GEOGRAFICO', 'geographyCode'],
    ['\uFEFFindicator', 'indicator'],
    ['value', 'value'],
    ['source', 'sourceDocument'],
  ])('reads “%s” as %s', (text, id) => {
    expect(columnForHeader(text)?.id).toBe(id)
  })

  it('returns null for an unknown header', () => {
    expect(columnForHeader('favourite colour')).toBeNull()
  })
})

describe('HXL hashtags', () => {
  it.each([
    ['#country+code', 'geographyCode'],
    ['#date+year', 'year'],
    ['#indicator+value+num', 'value'],
    ['#indicator+num+value', 'value'],
    ['#META+SOURCE', 'sourceDocument'],
    ['#indicator', 'indicator'],
  ])('reads %s as %s', (tag, id) => {
    expect(columnForHashtag(tag)).toBe(id)
  })

  it('sorts attributes', () => {
    expect(normalizeHashtag('#Indicator +value+num')).toBe('#indicator+num+value')
  })

  it.each([
    [['#indicator', '', '#date+year'], true],
    [['indicator', '#date+year'], false],
    [['', ' '], false],
  ])('isHashtagRow(%j) is %s', (cells, expected) => {
    expect(isHashtagRow(cells)).toBe(expected)
  })
})
