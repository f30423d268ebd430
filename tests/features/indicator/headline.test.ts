// The headline rule (docs/headline-rule.md): a built-in figure is never hidden by an import,
// no choice depends on names or ids, and the card sums up the other figures.
import { describe, expect, it } from 'vitest'
import type { FigureMatch } from '@/domain/geography'
import type { DatasetFigure } from '@/domain/dataset-index'
import {
  indicatorsOfTheme,
  pickHeadline,
  summarizeFigures,
} from '@/features/indicator/model/headline'
import { filterFigures } from '@/features/filters/model/filter-figures'
import { translatorFor } from '@/lib/i18n'
import { MULTI_COUNTRY, NATIONAL_SERIES, indexWithFixtures } from '@mocks/imports/load-imports'
import { builtInIndex } from '../filters/built-in-index'

const index = builtInIndex()
const base = index.figures[0]!
const imported = {
  kind: 'imported',
  importId: 'i',
  fileName: 'f.csv',
  importedAt: '2026-11-29T09:00:00Z',
} as const
// Invented figures (not data): only their id, place, year, value, origin and match kind matter here.
const fig = (
  id: string,
  geographyCode: string,
  year: number,
  value = 10,
  origin: DatasetFigure['origin'] = base.origin,
): DatasetFigure => ({
  ...base,
  id,
  geographyCode,
  year,
  estimate: { kind: 'point', value },
  origin,
})
const own = (f: DatasetFigure): FigureMatch => ({ kind: 'own', figure: f })
const agg = (f: DatasetFigure): FigureMatch => ({
  kind: 'aggregate',
  figure: f,
  coveredSelection: ['JAM'],
})

describe('pickHeadline', () => {
  it.each([
    { label: 'nothing to pick', matches: [], expected: undefined },
    {
      label: 'a built-in figure before a newer imported one',
      matches: [
        own(fig('imp-2022', 'JAM', 2022, 562, imported)),
        own(fig('b-2018', 'CARICOM', 2018, 4323)),
      ],
      expected: 'b-2018',
    },
    {
      label: 'a built-in aggregate before an imported own figure',
      matches: [
        own(fig('imp-jam', 'JAM', 2018, 1183, imported)),
        agg(fig('b-car', 'CARICOM', 2018, 4323)),
      ],
      expected: 'b-car',
    },
    {
      label: 'a place’s own figure before an aggregate covering it, even an older one',
      matches: [agg(fig('w-2018', '001', 2018)), own(fig('jam-2016', 'JAM', 2016))],
      expected: 'jam-2016',
    },
    {
      label: 'the latest year',
      matches: [own(fig('w-2016', '001', 2016)), own(fig('w-2018', '001', 2018))],
      expected: 'w-2018',
    },
    {
      label: 'the narrowest area in the same year',
      matches: [agg(fig('w-2018', '001', 2018)), agg(fig('c-2018', 'CARICOM', 2018))],
      expected: 'c-2018',
    },
    {
      label: 'the larger value among places of one level and year, not the first name',
      matches: [own(fig('a', 'BHS', 2020, 76)), own(fig('z', 'DOM', 2020, 1904))],
      expected: 'z',
    },
    {
      label: 'the order of the data when all else is equal, not the id',
      matches: [own(fig('b', '001', 2016)), own(fig('a', '001', 2016))],
      expected: 'b',
    },
  ])('$label', ({ matches, expected }) => {
    expect(pickHeadline(index, matches)?.figure.id).toBe(expected)
  })

  it('keeps the built-in 4,323 on the returns card after both files are imported, with or without a filter', () => {
    const { index: mixed } = indexWithFixtures([NATIONAL_SERIES, MULTI_COUNTRY])
    for (const places of [[], ['JAM'], ['CARICOM']]) {
      const returns = filterFigures(mixed, mixed.figures, { places, years: null }).filter(
        (m) => m.figure.indicatorId === 'involuntary-returns',
      )
      expect(returns.some((m) => m.figure.origin.kind === 'imported')).toBe(
        places.length === 0 || places[0] === 'JAM',
      )
      expect(pickHeadline(mixed, returns)?.figure.id).toBe('involuntary-returns-caricom-2018')
    }
  })

  it('heads the imported eight-country file by its largest figure, whatever the order or names', () => {
    const { index: mixed } = indexWithFixtures([NATIONAL_SERIES, MULTI_COUNTRY])
    const removals = filterFigures(mixed, mixed.figures, { places: [], years: null }).filter(
      (m) =>
        m.figure.origin.kind === 'imported' &&
        m.figure.year === 2020 &&
        m.figure.indicatorId !== 'involuntary-returns',
    )
    expect(removals).toHaveLength(8)
    expect(pickHeadline(mixed, removals)?.figure.geographyCode).toBe('DOM')
    expect(pickHeadline(mixed, [...removals].reverse())?.figure.geographyCode).toBe('DOM')
  })
})

describe('summarizeFigures', () => {
  const { index: mixed } = indexWithFixtures([NATIONAL_SERIES, MULTI_COUNTRY])
  const all = filterFigures(mixed, mixed.figures, { places: [], years: null })
  const of = (indicatorId: string) => all.filter((m) => m.figure.indicatorId === indicatorId)
  const removalsId = mixed.dataset.indicators.find((i) => i.name.en?.startsWith('Removals'))!.id

  it.each([
    [
      'en',
      'involuntary-returns',
      '8 figures: Jamaica and Caribbean (CARICOM member states), 2016–2022; 7 imported',
    ],
    [
      'es',
      'involuntary-returns',
      '8 cifras: Jamaica y Caribe (Estados miembros de la CARICOM), 2016–2022; importadas: 7',
    ],
    ['en', 'removals', '8 figures: 8 places, 2020; 8 imported'],
  ] as const)('in %s, %s: %s', (lang, indicator, expected) => {
    const matches = of(indicator === 'removals' ? removalsId : indicator)
    expect(summarizeFigures(mixed, matches, lang, translatorFor(lang))).toBe(expected)
  })

  it('says nothing for a single figure', () => {
    expect(summarizeFigures(index, of('migrants-smuggled'), 'en', translatorFor('en'))).toBeNull()
  })
})

describe('indicatorsOfTheme', () => {
  it.each([
    {
      theme: 'smuggling' as const,
      places: ['CAN'],
      expected: [
        ['migrants-smuggled', 1],
        ['smuggling-profits', 1],
      ],
    },
    { theme: 'returns' as const, places: ['CAN'], expected: [['involuntary-returns', 0]] },
    { theme: 'returns' as const, places: ['JAM'], expected: [['involuntary-returns', 1]] },
  ])(
    '$theme for $places keeps every indicator, with or without figures',
    ({ theme, places, expected }) => {
      const matches = filterFigures(index, index.figures, { places, years: null })
      expect(
        indicatorsOfTheme(index, theme, matches).map((e) => [e.indicator.id, e.matches.length]),
      ).toEqual(expected)
    },
  )
})
