import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Language } from '@/domain/translate'
import { BYTE_ORDER_MARK, buildDisplayedCsv } from '@/features/export/model/csv'
import { CELL_SEPARATOR } from '@/domain/file-format/write-cells'
import {
  FORMULA_STARTS,
  byId,
  datasetStartingWith,
  describeBuiltIn,
  describeDataset,
} from '../export-fixtures'

function parse(csv: string) {
  expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true)
  const result = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    skipEmptyLines: true,
  })
  expect(result.errors).toEqual([])
  return result
}

const VERSION = '2.3.0'

const HEADERS: Record<Language, string[]> = {
  en: [
    'indicator',
    'geography code',
    'geography name',
    'year',
    'period',
    'period start',
    'period end',
    'estimate kind',
    'value (as displayed)',
    'low',
    'high',
    'unit',
    'currency',
    'coverage',
    'reporting units',
    'caveats',
    'source document',
    'publisher',
    'place',
    'date',
    'address',
    'original producer',
    'quoted person',
    'evidence',
    'origin',
    'dataset version',
    'notes on this view (not caveats)',
  ],
  es: [
    'indicador',
    'código geográfico',
    'nombre geográfico',
    'año',
    'periodo',
    'inicio del periodo',
    'fin del periodo',
    'tipo de estimación',
    'valor (como se muestra)',
    'mínimo',
    'máximo',
    'unidad',
    'moneda',
    'cobertura',
    'unidades informantes',
    'advertencias',
    'documento fuente',
    'editor',
    'lugar',
    'fecha',
    'dirección',
    'productor original',
    'persona citada',
    'evidencia',
    'origen',
    'versión de los datos',
    'notas de esta vista (no son advertencias)',
  ],
}

describe('buildDisplayedCsv', () => {
  it.each(['en', 'es'] as const)('has the agreed columns, in %s', (lang) => {
    const { descriptions, t } = describeBuiltIn(lang)
    expect(parse(buildDisplayedCsv(descriptions, t, VERSION)).meta.fields).toEqual(HEADERS[lang])
  })

  it.each([
    ['en', 'dataset version', 'not stated'],
    ['es', 'versión de los datos', 'no indicado'],
  ] as const)('names the dataset version on every row, in %s', (lang, column, unknown) => {
    const { descriptions, t } = describeBuiltIn(lang)
    const rows = parse(buildDisplayedCsv(descriptions, t, VERSION)).data
    expect(rows.map((r) => r[column])).toEqual(descriptions.map(() => VERSION))
    const unnamed = parse(buildDisplayedCsv(descriptions, t, '')).data
    expect(unnamed.map((r) => r[column])).toEqual(descriptions.map(() => unknown))
  })

  it('writes one row per figure with bounds and ranges intact (English)', () => {
    const { descriptions, t } = describeBuiltIn('en')
    const rows = parse(buildDisplayedCsv(descriptions, t, VERSION)).data
    expect(rows).toHaveLength(3)
    const [smuggled, profits, returns] = rows
    expect(smuggled).toMatchObject({
      indicator: 'Migrants smuggled',
      'geography code': '001',
      'geography name': 'World',
      year: '2016',
      'estimate kind': 'Lower bound (at least)',
      'value (as displayed)': 'at least 2.5 million',
      low: '2500000',
      high: '',
      unit: 'people',
      currency: '',
      'source document':
        'Governments and Civil Organizations Exchange Techniques to Combat Migrants Smuggling in Times of COVID-19',
      publisher: 'International Organization for Migration (IOM)',
      date: 'date not stated',
      address: 'no address given',
      'original producer': 'UNODC Global Study, cited as "the Global Study of our Office"',
      'quoted person':
        'Melissa Flynn, Director of Programs and Operations, UNODC Regional Office for Central America and the Caribbean',
    })
    expect(smuggled!.evidence).toContain('at least 2.5 million people were subjected to this crime')
    expect(profits).toMatchObject({
      'estimate kind': 'Range (low to high)',
      'value (as displayed)': 'US$5.5–7 billion',
      low: '5500000000',
      high: '7000000000',
      unit: 'US dollars',
      currency: 'USD',
    })
    expect(returns).toMatchObject({
      'geography code': 'CARICOM',
      'value (as displayed)': '4,323',
      low: '4323',
      high: '4323',
      date: '2020-08-27',
      coverage: 'Registered in seven Caribbean countries, not named.',
      'reporting units': '7 countries',
      place: 'Georgetown',
      'quoted person': 'Lt. Col. Michael Jones, Executive Director, CARICOM IMPACS',
    })
  })

  it.each(['en', 'es'] as const)('keeps every caveat, each prefixed by its type, in %s', (lang) => {
    const { descriptions, t } = describeBuiltIn(lang)
    const rows = parse(buildDisplayedCsv(descriptions, t, VERSION)).data
    const column = lang === 'en' ? 'caveats' : 'advertencias'
    descriptions.forEach((d, i) => {
      const cell = rows[i]![column]!
      const parts = cell.split(CELL_SEPARATOR)
      expect(parts).toHaveLength(d.caveats.length)
      d.caveats.forEach((caveat, j) => {
        expect(parts[j]).toBe(`${t(`caveatType.${caveat.type}`)}: ${caveat.text}`)
      })
    })
  })

  it('writes numbers and words in Spanish when the view is in Spanish', () => {
    const { descriptions, t } = describeBuiltIn('es')
    const [smuggled, profits, returns] = parse(buildDisplayedCsv(descriptions, t, VERSION)).data
    expect(smuggled).toMatchObject({
      indicador: 'Migrantes objeto de tráfico ilícito',
      'nombre geográfico': 'Mundo',
      'valor (como se muestra)': 'al menos 2,5 millones',
      'tipo de estimación': 'Límite inferior (al menos)',
      máximo: '',
      fecha: 'fecha no indicada',
    })
    expect(profits!['valor (como se muestra)']).toMatch(/^5,5\D7\smil millones US\$$/)
    expect(returns!['advertencias']).toContain('Cobertura: Datos de solo siete países del Caribe')
  })

  it('writes why an aggregate is shown under a country filter in the view-notes column, not among the caveats', () => {
    const { descriptions, t } = describeBuiltIn('en', ['JAM'])
    const rows = parse(buildDisplayedCsv(descriptions, t, VERSION)).data
    const returns = rows.find((r) => r['geography code'] === 'CARICOM')!
    expect(returns.caveats).toContain('Coverage: Data from only seven Caribbean countries')
    expect(returns.caveats).not.toMatch(/Jamaica|shown because|Shown because/)
    expect(returns['notes on this view (not caveats)']).toBe(
      'Shown because Caribbean (CARICOM member states) includes Jamaica (membership as recorded in the data). | ' +
        'Which countries reported is not stated, so whether Jamaica is included is not known. | ' +
        'The data holds no figure for Jamaica alone for this indicator.',
    )
    expect(returns.origin).toBe('built-in')
  })

  it('quotes commas, quotes and line breaks so the file parses back to the same text', () => {
    const { descriptions, t } = describeBuiltIn('en')
    const d = byId(descriptions, 'migrants-smuggled-world-2016')
    const tricky = { ...d, coverage: 'Line one,\nline "two"; three' }
    const [row] = parse(buildDisplayedCsv([tricky], t, VERSION)).data
    expect(row!.coverage).toBe('Line one,\nline "two"; three')
  })

  it('ends lines with CRLF, as spreadsheet programs expect', () => {
    const { descriptions, t } = describeBuiltIn('en')
    const csv = buildDisplayedCsv(descriptions, t, VERSION)
    expect(csv.split('\r\n')[0]).toBe(`${BYTE_ORDER_MARK}${HEADERS.en.join(',')}`)
  })

  it.each(FORMULA_STARTS)('neutralises text cells starting with %s', (_name, start) => {
    const { descriptions, t } = describeDataset(datasetStartingWith(start), 'en')
    const [row] = parse(buildDisplayedCsv(descriptions, t, VERSION)).data
    expect(row!.caveats!.startsWith(`Estimate method: ${start}1+1 caveat`)).toBe(true)
    expect(row!.coverage).toBe(`'${start}SUM(A1) coverage`)
    expect(row!.publisher).toBe(`'${start}cmd|' /C calc'!A0`)
  })
})
