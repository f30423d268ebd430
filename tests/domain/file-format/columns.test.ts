import enExport from '@/locales/en/columns.json'
import esExport from '@/locales/es/columns.json'
import {
  columnForHashtag,
  columnHeader,
  formatColumns,
  fullDatasetColumns,
  headerReader,
  isHashtagRow,
  normalizeHashtag,
} from '@/domain/file-format/columns'
import { splitCaveats } from '@/domain/file-format/write-cells'
import { translatorFor } from '@/lib/i18n'

const readHeader = headerReader({ en: translatorFor('en'), es: translatorFor('es') })

describe('column headers', () => {
  it('are the catalogues’ headers in each language', () => {
    expect(columnHeader('value', translatorFor('en'))).toBe('value (as displayed)')
    expect(columnHeader('value', translatorFor('es'))).toBe('valor (como se muestra)')
    for (const column of formatColumns) {
      expect(enExport.export.column).toHaveProperty(column)
      expect(esExport.export.column).toHaveProperty(column)
    }
  })

  // The importer accepts exactly the headers the export writes, in both languages.
  it.each([
    ['en', enExport.export.column],
    ['es', esExport.export.column],
  ] as const)('reads every %s header back as its column and language', (lang, columns) => {
    for (const [id, label] of Object.entries(columns))
      expect(readHeader(label), `${lang} “${label}”`).toEqual({ id, lang })
  })

  it('gives every exported column a header the importer reads', () => {
    for (const column of fullDatasetColumns)
      expect(readHeader(columnHeader(column, translatorFor('es')))?.id).toBe(column)
  })

  it.each([
    ['  Geography Code ', 'geographyCode'],
    ['geography_code', 'geographyCode'],
    ['CODIGO GEOGRAFICO', 'geographyCode'],
    ['\uFEFFindicator', 'indicator'],
    ['value', 'value'],
    ['source', 'sourceDocument'],
    ['figureId', 'figureId'],
  ])('reads “%s” as %s', (text, id) => {
    expect(readHeader(text)?.id).toBe(id)
  })

  it('returns null for an unknown header', () => {
    expect(readHeader('favourite colour')).toBeNull()
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

describe('splitCaveats', () => {
  it('splits a cell into type labels and texts at the separator and the first colon', () => {
    expect(
      splitCaveats('Coverage: Seven countries: not named. | Definition: Returns only'),
    ).toEqual([
      {
        label: 'Coverage',
        text: 'Seven countries: not named.',
        entry: 'Coverage: Seven countries: not named.',
      },
      { label: 'Definition', text: 'Returns only', entry: 'Definition: Returns only' },
    ])
    expect(splitCaveats('no type here')).toEqual([{ label: null, text: '', entry: 'no type here' }])
  })
})
