import { analyseImport } from '@/features/import/model/analyse-import'
import { MAX_IMPORT_BYTES, MAX_LISTED } from '@/features/import/model/limits'
import { indexWithImports } from '@/features/import/model/merge-imports'
import { toStoredImport } from '@/features/import/model/stored-import'
import { analyseText, builtInContext, builtInIndex, csv, header, row } from '../helpers'

describe('analyseImport: a valid file', () => {
  it('reads every row into a figure with its source and caveats', () => {
    const { summary, figures, records } = analyseText(
      csv(
        row(),
        row({ year: '2020', 'estimate kind': 'lower bound', 'value (as displayed)': '900' }),
        row({ year: '2021', 'estimate kind': 'up to', 'value (as displayed)': '700' }),
      ),
    )
    expect(summary.fileError).toBeNull()
    expect(summary).toMatchObject({
      rowCount: 3,
      validCount: 3,
      invalidRowCount: 0,
      issueCount: 0,
      format: 'csv',
    })
    expect(figures[0]).toMatchObject({
      indicatorId: 'involuntary-returns',
      geographyCode: 'JAM',
      year: 2019,
      estimate: { kind: 'point', value: 1200 },
      unit: 'returns',
      caveats: [{ type: 'coverage', text: { en: 'Returns registered at the main airport only.' } }],
      source: { originalProducer: null, quotedPersonId: null },
    })
    expect(figures[1]!.estimate).toEqual({ kind: 'lower-bound', value: 900 })
    expect(figures[2]!.estimate).toEqual({ kind: 'upper-bound', value: 700 })
    // The document is new to the dashboard; the indicator and the country are not.
    expect(summary.newRecords.documents.map((d) => d.title)).toEqual([
      { en: 'National return register 2019' },
    ])
    expect(summary.newRecords.indicators).toEqual([])
    expect(records.documents).toHaveLength(1)
  })

  it('creates a new indicator (with its theme) and a new country from its ISO code', () => {
    const { summary, figures } = analyseText(
      csv(
        row({
          indicator: 'Deportations registered',
          'geography code': 'COL',
          'geography name': '',
        }),
      ),
    )
    expect(summary.newRecords.indicators).toMatchObject([
      { id: 'deportations-registered', theme: 'returns', name: { en: 'Deportations registered' } },
    ])
    expect(summary.newRecords.geographies).toEqual([
      { code: 'COL', level: 'country', name: { en: 'Colombia', es: 'Colombia' } },
    ])
    expect(figures[0]!.indicatorId).toBe('deportations-registered')
  })

  it('marks an explicit "none stated" as noCaveatStated', () => {
    const { figures } = analyseText(csv(row({ caveats: 'none stated' })))
    expect(figures[0]).toMatchObject({ caveats: [], noCaveatStated: true })
  })

  it('reads a range from low and high', () => {
    const { figures } = analyseText(
      csv(
        row({
          'estimate kind': 'range',
          'value (as displayed)': '300–450',
          low: '300',
          high: '450',
        }),
      ),
    )
    expect(figures[0]!.estimate).toEqual({ kind: 'range', low: 300, high: 450 })
  })

  it('uses an HXL hashtag row to recognise columns with other headers', () => {
    const text = [
      'Indicador X,País,Año,Tipo,Cifra,Unidad,Notas,Fuente,Editor',
      '#indicator+name,#country+code,#date+year,#indicator+kind,#indicator+value+num,#indicator+unit,#meta+caveats,#meta+source,#org+publisher',
      'Involuntary returns registered,JAM,2019,point,12,returns,Coverage: one agency,Register,Ministry',
    ].join('\n')
    const { summary, figures } = analyseText(text)
    expect(summary.fileError).toBeNull()
    expect(summary.notices.map((n) => n.key)).toContain('import.notice.hxl')
    expect(figures[0]).toMatchObject({ year: 2019, estimate: { kind: 'point', value: 12 } })
    // The hashtag row is row 2: the figure's row is 3.
    expect(analyseText(text.replace('2019', '20x9')).summary.issues[0]!.row).toBe(3)
  })

  it('reads Spanish headers, semicolons and Spanish labels', () => {
    const text = [
      'indicador;código geográfico;año;tipo de estimación;valor (como se muestra);unidad;advertencias;documento fuente;editor;fecha',
      'Retornos involuntarios registrados;JAM;2019;Límite inferior (al menos);15;retornos;Cobertura: solo un organismo;Registro;Ministerio;27 de agosto de 2020',
    ].join('\n')
    const { summary, figures } = analyseText(text)
    expect(summary.fileError).toBeNull()
    expect(figures[0]).toMatchObject({
      indicatorId: 'involuntary-returns',
      estimate: { kind: 'lower-bound', value: 15 },
      caveats: [{ type: 'coverage', text: { es: 'solo un organismo' } }],
    })
    expect(summary.newRecords.documents[0]).toMatchObject({ publishedDate: '2020-08-27' })
  })

  it('reads a JSON list of figures with the same names, numbers as numbers', () => {
    const json = JSON.stringify([
      {
        indicator: 'Involuntary returns registered',
        geographyCode: 'JAM',
        year: 2019,
        estimateKind: 'point',
        value: 1200,
        unit: 'returns',
        caveats: ['Coverage: one agency'],
        sourceDocument: 'Register',
        publisher: 'Ministry',
      },
      {
        indicator: 'Involuntary returns registered',
        geographyCode: 'JAM',
        year: 2020,
        estimateKind: 'range',
        low: 1,
        high: 'x',
        unit: 'returns',
        caveats: 'none stated',
        sourceDocument: 'Register',
        publisher: 'Ministry',
      },
    ])
    const { summary, figures } = analyseText(json, 'figures.json')
    expect(summary.format).toBe('json')
    expect(figures).toHaveLength(1)
    expect(summary.issues).toEqual([
      { row: 2, column: 'high', value: 'x', reason: { key: 'import.reason.notANumber' } },
    ])
  })
})

describe('analyseImport: malformed files are refused as a whole, with a reason', () => {
  const latin1 = new Uint8Array([
    ...new TextEncoder().encode(`${header}\n`),
    0x50,
    0x61,
    0x6e,
    0x61,
    0x6d,
    0xe1,
  ])
  it.each([
    ['an empty file', '', 'import.fileError.empty'],
    ['a file of blank lines', '\n \n\n', 'import.fileError.empty'],
    ['a header only', `${header}\n`, 'import.fileError.headerOnly'],
    ['a wrong header', 'name,age\nAna,34', 'import.fileError.noKnownColumns'],
    [
      'a header missing required columns',
      'indicator,year,unit\nx,2019,persons',
      'import.fileError.missingColumns',
    ],
    ['a header naming a column twice', `${header},year\n`, 'import.fileError.duplicateColumn'],
    ['Latin-1 bytes (invalid UTF-8)', latin1, 'import.fileError.notUtf8'],
    ['JSON that does not parse', '[{"indicator": ', 'import.fileError.notJson'],
    ['JSON that is not a list', '{"a": 1}', 'import.fileError.jsonShape'],
  ])('%s', (_name, content, key) => {
    const name = typeof content === 'string' && /^[[{]/.test(content) ? 'f.json' : 'f.csv'
    const { summary, figures } = analyseText(content, name)
    expect(summary.fileError?.key).toBe(key)
    expect(figures).toEqual([])
  })

  it('lists no row problems for a file refused at a late byte that is not UTF-8', () => {
    // Rows read from the bytes before the bad byte are read again from the decoded text: the
    // problems of that first reading must not stay in the refusal.
    // Past the first 1.2 MB, which are decoded to tell the dialect (lib/csv/rows.ts).
    const rows = [
      row({ year: 'soon' }),
      ...Array.from({ length: 6_000 }, (_, i) => row({ year: `${1950 + (i % 70)}` })),
    ]
    const bytes = new TextEncoder().encode(csv(...rows))
    expect(bytes.length).toBeGreaterThan(1_500_000)
    bytes[bytes.lastIndexOf(0x4a)] = 0xe1 // the J of the last “JAM”
    const { summary, figures } = analyseText(bytes)
    expect(summary.fileError?.key).toBe('import.fileError.notUtf8')
    expect(summary).toMatchObject({ issues: [], issueCount: 0, duplicates: [], rowCount: 0 })
    expect(figures).toEqual([])
  })

  it('names the missing columns', () => {
    const { summary } = analyseText('indicator,year,unit\nx,2019,persons')
    expect(summary.fileError?.vars?.missing).toBe(
      'geography code, estimate kind, caveats, source document, publisher, value (as displayed) / low',
    )
  })

  it('refuses a 50 MB file before reading it, quickly', () => {
    const size = 50 * 1024 * 1024
    const started = performance.now()
    const { summary } = analyseImport({ name: 'big.csv', bytes: null, size }, builtInContext(), 'a')
    expect(performance.now() - started).toBeLessThan(50)
    expect(summary.fileError).toEqual({
      key: 'import.fileError.tooLarge',
      vars: { size: '50.0', max: MAX_IMPORT_BYTES / 1024 / 1024 },
    })
  })
})

describe('analyseImport: invalid rows are listed with row, column, value and reason', () => {
  it.each([
    ['missing source', { 'source document': '' }, 'source document', '', 'import.reason.required'],
    ['missing publisher', { publisher: '' }, 'publisher', '', 'import.reason.required'],
    [
      'non-numeric value',
      { 'value (as displayed)': 'many' },
      'value (as displayed)',
      'many',
      'import.reason.notANumber',
    ],
    [
      'low greater than high',
      { 'estimate kind': 'range', low: '500', high: '300' },
      'low',
      '500',
      'validation.lowAboveHigh',
    ],
    [
      'unknown country code',
      { 'geography code': 'XYZ' },
      'geography code',
      'XYZ',
      'import.reason.unknownGeography',
    ],
    [
      'alpha-2 country code',
      { 'geography code': 'JM' },
      'geography code',
      'JM',
      'import.reason.unknownGeography',
    ],
    ['no caveats', { caveats: '' }, 'caveats', '', 'import.reason.noCaveats'],
    [
      'caveat without type',
      { caveats: 'only seven countries' },
      'caveats',
      'only seven countries',
      'import.reason.caveatType',
    ],
    ['bad year', { year: '19' }, 'year', '19', 'import.reason.year'],
    [
      'unknown estimate kind',
      { 'estimate kind': 'about' },
      'estimate kind',
      'about',
      'import.reason.estimateKind',
    ],
    [
      'a lower bound with a high',
      { 'estimate kind': 'lower bound', high: '5' },
      'high',
      '5',
      'import.reason.lowerBoundHasHigh',
    ],
    [
      'an upper bound with a high',
      { 'estimate kind': 'upper bound', high: '5' },
      'high',
      '5',
      'import.reason.upperBoundHasHigh',
    ],
    [
      'unsupported currency',
      { unit: 'currency', currency: 'EUR' },
      'currency',
      'EUR',
      'import.reason.currencyUnsupported',
    ],
    [
      'money without currency',
      { unit: 'US dollars' },
      'currency',
      '',
      'import.reason.currencyNeeded',
    ],
    [
      'new indicator without theme',
      { indicator: 'Asylum claims' },
      'indicator',
      'Asylum claims',
      'import.reason.themeNeeded',
    ],
    [
      'a script address',
      { address: 'javascript:alert(1)' },
      'address',
      'javascript:alert(1)',
      'import.reason.address',
    ],
  ])('%s', (_name, cells, column, value, key) => {
    const { summary, figures } = analyseText(csv(row(), row(cells as Record<string, string>)))
    expect(figures).toHaveLength(1)
    expect(summary).toMatchObject({ rowCount: 2, validCount: 1, invalidRowCount: 1 })
    expect(summary.issues).toContainEqual({
      row: 3,
      column,
      value,
      reason: expect.objectContaining({ key }),
    })
  })

  it('lists the first 100 problems and counts them all', () => {
    const rows = Array.from({ length: 150 }, (_, i) =>
      row({ year: `x${i}`, 'geography code': 'QQQ' }),
    )
    const { summary, figures } = analyseText(csv(...rows))
    expect(figures).toEqual([])
    expect(summary.issues).toHaveLength(MAX_LISTED)
    expect(summary.issueCount).toBe(300) // two problems in each row
    expect(summary.invalidRowCount).toBe(150)
  })

  it('reports a row with more cells than the header', () => {
    const { summary } = analyseText(csv(`${row()},extra`))
    expect(summary.issues[0]).toMatchObject({ row: 2, reason: { key: 'import.reason.extraCells' } })
  })

  it('reports a quote left open, and still reads the rows before it (papaparse splits such files)', () => {
    const { summary, figures } = analyseText(
      csv(row(), row({ year: '2020' }), `${row({ year: '2021' })},"never closed`),
    )
    expect(figures.map((f) => f.year)).toEqual([2019, 2020])
    expect(summary.rowCount).toBe(3)
    expect(summary.issues).toContainEqual(
      expect.objectContaining({
        row: 4,
        reason: expect.objectContaining({ key: 'import.reason.csvSyntax' }),
      }),
    )
  })

  it('reads quoted cells with commas, doubled quotes and line breaks in a file split row by row', () => {
    const caveats = '"Coverage: one agency, one airport | Definition: the ""returned"" count\nonly"'
    const text = [
      header,
      row(),
      row({ year: '2020' }).replace(
        'Coverage: Returns registered at the main airport only.',
        caveats,
      ),
    ].join('\n')
    const { summary, figures } = analyseText(text)
    expect(summary.issues).toEqual([])
    expect(figures[1]!.caveats.map((c) => c.text.en)).toEqual([
      'one agency, one airport',
      'the "returned" count\nonly',
    ])
  })
})

describe('analyseImport: duplicates are flagged, never replacing a figure', () => {
  it('flags a figure with the indicator, place and year of a built-in one, and of an earlier row', () => {
    const builtInDuplicate = row({
      indicator: 'Involuntary returns registered',
      'geography code': 'CARICOM',
      year: '2018',
    })
    const { summary, figures } = analyseText(
      csv(builtInDuplicate, row(), row({ 'value (as displayed)': '7' })),
    )
    expect(figures).toHaveLength(3)
    expect(summary.duplicateCount).toBe(2)
    expect(summary.duplicates).toEqual([
      {
        row: 2,
        indicatorId: 'involuntary-returns',
        geographyCode: 'CARICOM',
        year: 2018,
        of: { kind: 'built-in' },
      },
      {
        row: 4,
        indicatorId: 'involuntary-returns',
        geographyCode: 'JAM',
        year: 2019,
        of: { kind: 'row', row: 3 },
      },
    ])
    // A built-in figure's id is never reused.
    expect(figures[0]!.id).not.toBe('involuntary-returns-caricom-2018')
    expect(new Set(figures.map((f) => f.id)).size).toBe(3)
  })

  it('flags a figure already imported from another file, naming that file, and never reuses its id', () => {
    const index = builtInIndex()
    const earlier = toStoredImport(
      analyseText(csv(row())),
      'imp-1',
      new Date('2026-01-01T00:00:00Z'),
    )
    const merged = indexWithImports(index.dataset, [{ ...earlier, fileName: 'earlier.csv' }])
    const { summary, figures } = analyseText(
      csv(row(), row({ year: '2020' })),
      'later.csv',
      builtInContext([earlier.records], merged),
    )
    expect(summary.duplicates).toEqual([
      {
        row: 2,
        indicatorId: 'involuntary-returns',
        geographyCode: 'JAM',
        year: 2019,
        of: { kind: 'imported', fileName: 'earlier.csv' },
      },
    ])
    expect(figures[0]!.id).toBe('involuntary-returns-jam-2019-2')
    expect(figures[1]!.id).toBe('involuntary-returns-jam-2020')
  })
})
