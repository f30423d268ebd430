// Texts shown in the other language, through every export. The built-in data is fully bilingual,
// so only an imported figure reaches these paths: here one imported from an English file (every
// text in English only) is exported from the Spanish view. Each output must mark each English
// text with "[en]", or a reader of the Spanish file cannot tell that it was never translated.
import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { caveatsForDisplay } from '@/domain/caveats'
import { describeFigure } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import { viewNotesFor } from '@/domain/view-notes'
import type { Language } from '@/domain/translate'
import { buildCitation } from '@/features/export/model/citation'
import { buildDisplayedCsv } from '@/features/export/model/csv'
import { buildImageCaption } from '@/features/export/model/image-caption'
import { buildSvgDocument } from '@/features/export/model/svg-document'
import { buildFiguresWorkbook } from '@/features/export/model/xlsx-workbook'
import { indexWithImports } from '@/features/import/model/merge-imports'
import { toStoredImport } from '@/features/import/model/stored-import'
import { translatorFor } from '@/lib/i18n'
import { analyseText, builtInIndex, csv, row } from '../import/helpers'
import { LINK, NOW } from './export-fixtures'

// Every text of the figure, written once, in English.
const english = {
  indicator: 'Deportations registered',
  coverage: 'Registered by the national migration authority only.',
  caveat1: 'Returns at the main airport only.',
  caveat2: 'A deportation here is a removal by court order.',
  title: 'National return register 2019',
  producer: 'National Statistics Office',
  role: 'Director of Migration',
}
const file = csv(
  row({
    indicator: english.indicator,
    coverage: english.coverage,
    caveats: `Coverage: ${english.caveat1} | Definition: ${english.caveat2}`,
    'source document': english.title,
    'original producer': english.producer,
    'quoted person': `Ana Pérez, ${english.role}`,
  }),
)

function importedFigureIn(lang: Language) {
  const analysis = analyseText(file, 'register.csv')
  expect(analysis.summary.issues).toEqual([])
  const index = indexWithImports(builtInIndex().dataset, [
    toStoredImport(analysis, 'register', new Date('2026-03-01T10:00:00Z')),
  ])
  const figures = index.figures.filter((f) => f.origin.kind === 'imported')
  const t = translatorFor(lang)
  const matches = matchFiguresToSelection(index, figures, [])
  const descriptions = matches.map((m) => describeFigure(m, index, lang, t, viewNotesFor))
  return { index, matches, descriptions, t }
}

const mark = (text: string) => `${text} [en]`

describe('an imported figure written in English only, exported from the Spanish view', () => {
  const { matches, descriptions, t } = importedFigureIn('es')
  const input = {
    title: english.indicator,
    subtitle: 'Jamaica · 2019',
    descriptions,
    link: LINK,
    now: NOW,
    lang: 'es' as const,
    t,
  }

  it('its caveats are marked as English where they are decided (caveats.ts)', () => {
    const caveats = caveatsForDisplay(matches[0]!, 'es', t).filter(
      (c) => c.text === english.caveat1 || c.text === english.caveat2,
    )
    expect(caveats.map((c) => [c.text, c.fallbackLang])).toEqual([
      [english.caveat1, 'en'],
      [english.caveat2, 'en'],
    ])
  })

  it('the CSV marks every English text', () => {
    const [record] = Papa.parse<Record<string, string>>(
      buildDisplayedCsv(descriptions, t, '1.0.0').slice(1),
      { header: true, skipEmptyLines: true },
    ).data
    expect(record).toMatchObject({
      indicador: mark(english.indicator),
      cobertura: mark(english.coverage),
      advertencias: `Cobertura: ${mark(english.caveat1)} | Definición: ${mark(english.caveat2)}`,
      'documento fuente': mark(english.title),
      'productor original': mark(english.producer),
      'persona citada': `Ana Pérez, ${mark(english.role)}`,
    })
  })

  it('the spreadsheet marks every English text, on the data sheet and on "Sources and caveats"', () => {
    const [data, notes] = buildFiguresWorkbook(input)
    const cells = (rows: unknown[][]) => rows.flat().map(String)
    expect(cells(data!.rows)).toEqual(
      expect.arrayContaining([
        mark(english.indicator),
        mark(english.coverage),
        mark(english.title),
        mark(english.producer),
      ]),
    )
    const noteCells = cells(notes!.rows)
    expect(noteCells).toEqual(
      expect.arrayContaining([
        `Cobertura: ${mark(english.caveat1)}`,
        `Definición: ${mark(english.caveat2)}`,
        mark(english.coverage),
        mark(english.producer),
      ]),
    )
    expect(noteCells.some((c) => c.startsWith(`${mark(english.indicator)}, Jamaica`))).toBe(true)
    expect(noteCells.some((c) => c.includes(mark(english.title)))).toBe(true)
  })

  it('the image caption (SVG and PNG) marks every English text', () => {
    const caption = buildImageCaption(input)
    expect(caption.caveats.map((c) => c.text)).toEqual(
      expect.arrayContaining([mark(english.caveat1), mark(english.caveat2)]),
    )
    expect(caption.coverage.map((c) => c.text)).toEqual([mark(english.coverage)])
    expect(caption.sources[0]!.text).toContain(mark(english.title))
    expect(caption.sources[0]!.text).toContain(mark(english.producer))
    const svg = buildSvgDocument({ caption, body: { kind: 'text' }, lang: 'es' }).svg
    const text = new DOMParser()
      .parseFromString(svg, 'image/svg+xml')
      .documentElement.textContent!.replace(/\s+/g, ' ')
    for (const written of [english.caveat1, english.caveat2, english.coverage])
      expect(text).toContain(mark(written))
  })

  it('the citation marks the English title', () => {
    expect(buildCitation(input)).toContain(mark(english.title))
  })
})

describe('the same figure exported from the English view', () => {
  it('carries no mark: its texts are in the language of the view', () => {
    const { descriptions, t } = importedFigureIn('en')
    const exported = buildDisplayedCsv(descriptions, t, '1.0.0')
    expect(exported).toContain(english.caveat1)
    expect(exported).not.toContain('[en]')
    expect(exported).not.toContain('[es]')
  })
})
