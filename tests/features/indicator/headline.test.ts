import { describe, expect, it } from 'vitest'
import type { FigureMatch } from '@/domain/geography'
import type { DatasetFigure } from '@/domain/dataset-index'
import { indicatorsOfTheme, pickHeadline } from '@/features/indicator/model/headline'
import { filterFigures } from '@/features/filters/model/filter-figures'
import { builtInIndex } from '../filters/built-in-index'

const index = builtInIndex()
const base = index.figures[0]!
// Invented figures (not data): only their id, place, year and match kind matter here.
const fig = (id: string, geographyCode: string, year: number): DatasetFigure => ({ ...base, id, geographyCode, year })
const own = (f: DatasetFigure): FigureMatch => ({ kind: 'own', figure: f })
const agg = (f: DatasetFigure): FigureMatch => ({ kind: 'aggregate', figure: f, coveredSelection: ['JAM'] })

describe('pickHeadline', () => {
  it.each([
    { label: 'nothing to pick', matches: [], expected: undefined },
    { label: 'a place’s own figure before an aggregate covering it, even an older one', matches: [agg(fig('w-2018', '001', 2018)), own(fig('jam-2016', 'JAM', 2016))], expected: 'jam-2016' },
    { label: 'the latest year', matches: [own(fig('w-2016', '001', 2016)), own(fig('w-2018', '001', 2018))], expected: 'w-2018' },
    { label: 'the narrowest area in the same year', matches: [agg(fig('w-2018', '001', 2018)), agg(fig('c-2018', 'CARICOM', 2018))], expected: 'c-2018' },
    { label: 'the id when all else is equal', matches: [own(fig('b', '001', 2016)), own(fig('a', '001', 2016))], expected: 'a' },
  ])('$label', ({ matches, expected }) => {
    expect(pickHeadline(index, matches)?.figure.id).toBe(expected)
  })
})

describe('indicatorsOfTheme', () => {
  it.each([
    { theme: 'smuggling' as const, places: ['CAN'], expected: [['migrants-smuggled', 1], ['smuggling-profits', 1]] },
    { theme: 'returns' as const, places: ['CAN'], expected: [['involuntary-returns', 0]] },
    { theme: 'returns' as const, places: ['JAM'], expected: [['involuntary-returns', 1]] },
  ])('$theme for $places keeps every indicator, with or without figures', ({ theme, places, expected }) => {
    const matches = filterFigures(index, index.figures, { places, years: null })
    expect(indicatorsOfTheme(index, theme, matches).map((e) => [e.indicator.id, e.matches.length])).toEqual(expected)
  })
})
