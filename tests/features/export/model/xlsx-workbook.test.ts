import { describe, expect, it } from 'vitest'
import {
  buildFiguresWorkbook,
  buildFullDatasetWorkbook,
  sheetName,
} from '@/features/export/model/xlsx-workbook'
import {
  FORMULA_STARTS,
  LINK,
  NOW,
  datasetStartingWith,
  describeBuiltIn,
  describeDataset,
} from '../export-fixtures'

function figuresWorkbook(lang: 'en' | 'es', selection: string[] = []) {
  const { descriptions, t } = describeBuiltIn(lang, selection)
  return {
    descriptions,
    t,
    sheets: buildFiguresWorkbook({
      descriptions,
      title: 'Title',
      subtitle: 'Sub',
      link: LINK,
      now: NOW,
      lang,
      t,
    }),
  }
}

describe('buildFiguresWorkbook', () => {
  it.each([
    ['en', ['Data', 'Sources and caveats']],
    ['es', ['Datos', 'Fuentes y advertencias']],
  ] as const)('has a data sheet and a sources-and-caveats sheet (%s)', (lang, names) => {
    expect(figuresWorkbook(lang).sheets.map((s) => s.name)).toEqual(names)
  })

  it('puts one row per figure in the data sheet, bounds as numbers, a lower bound without a high', () => {
    const { sheets } = figuresWorkbook('en')
    const [header, ...rows] = sheets[0]!.rows
    expect(header).toContain('value (as displayed)')
    expect(rows).toHaveLength(3)
    const low = header!.indexOf('low')
    const high = header!.indexOf('high')
    expect(rows.map((r) => [r[low], r[high]])).toEqual([
      [2500000, null],
      [5500000000, 7000000000],
      [4323, 4323],
    ])
    expect(sheets[0]!.numberColumns).toEqual([low, high])
  })

  it('heads the notes sheet with the title, the view, the retrieval date, the link and the citation', () => {
    const { sheets } = figuresWorkbook('en')
    const notes = sheets[1]!.rows
    expect(notes.slice(0, 4)).toEqual([
      ['Title', 'Title'],
      ['Shown', 'Sub'],
      ['Retrieved on', 'November 27, 2026'],
      ['Link to the view', LINK],
    ])
    expect(notes[4]![0]).toBe('How to cite')
    expect(String(notes[4]![1])).toMatch(/^Title \(Sub\)\. Original producer: /)
  })

  it.each(['en', 'es'] as const)(
    'lists every caveat, the coverage, the source line and the evidence of each figure (%s)',
    (lang) => {
      const { sheets, descriptions } = figuresWorkbook(lang, ['JAM'])
      const texts = sheets[1]!.rows.map((r) => String(r[2] ?? ''))
      for (const d of descriptions) {
        for (const caveat of d.caveats)
          expect(texts.some((x) => x.endsWith(caveat.text))).toBe(true)
        expect(texts).toContain(d.sourceLine)
        expect(texts).toContain(d.coverage)
        expect(texts).toContain(d.source.evidence)
      }
    },
  )

  it.each(FORMULA_STARTS)(
    'neutralises text cells starting with %s in both sheets',
    (_name, start) => {
      const { descriptions, t } = describeDataset(datasetStartingWith(start), 'en')
      const sheets = buildFiguresWorkbook({
        descriptions,
        title: `${start}title`,
        subtitle: 'Sub',
        link: LINK,
        now: NOW,
        lang: 'en',
        t,
      })
      const cells = sheets
        .flatMap((s) => s.rows.flat())
        .filter((c): c is string => typeof c === 'string')
      expect(cells).toContain(`'${start}SUM(A1) coverage`)
      expect(cells).toContain(`'${start}title`)
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([])
    },
  )

  it('makes sheet names Excel accepts', () => {
    const name = sheetName('Sources: caveats / notes [all] of the figures shown?*\\')
    expect(name).toHaveLength(31)
    expect(name).not.toMatch(/[:\\/?*[\]]/)
    expect(name.startsWith('Sources  caveats   notes  all')).toBe(true)
  })
})

describe('buildFullDatasetWorkbook', () => {
  it.each(['en', 'es'] as const)(
    'holds a readme, every figure with its metadata, the documents and geographies (%s)',
    (lang) => {
      const { index, descriptions, t } = describeBuiltIn(lang)
      const sheets = buildFullDatasetWorkbook({
        index,
        descriptions,
        link: LINK,
        now: NOW,
        lang,
        t,
      })
      expect(sheets.map((s) => s.name)).toEqual(
        lang === 'en'
          ? ['Readme', 'Data', 'Sources and caveats', 'Source documents', 'Geographies']
          : ['Léame', 'Datos', 'Fuentes y advertencias', 'Documentos fuente', 'Geografías'],
      )
      const [readme, data, , documents, geographies] = sheets
      const readmeText = readme!.rows.map((r) => r.join(' ')).join('\n')
      // Every column of the data sheet is explained in the readme.
      for (const header of data!.rows[0]!) expect(readmeText).toContain(String(header))
      expect(readmeText).toContain(lang === 'en' ? 'How to cite' : 'Cómo citar')
      expect(readmeText).toContain(lang === 'en' ? 'version 1.0.0' : 'versión 1.0.0')
      expect(data!.rows.slice(1).map((r) => r[0])).toEqual(index.figures.map((f) => f.id))
      expect(documents!.rows).toHaveLength(index.dataset.documents.length + 1)
      const caricom = geographies!.rows.find((r) => r[0] === 'CARICOM')!
      expect(caricom[3]).toBe('CARICOM')
      expect(String(caricom[4])).toContain('JAM')
    },
  )
})
