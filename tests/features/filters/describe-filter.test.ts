import { describe, expect, it } from 'vitest'
import { describeFilter, describeYears } from '@/features/filters/model/describe-filter'
import { builtInIndex, tEn, tEs } from './built-in-index'

const index = builtInIndex()

describe('describeFilter', () => {
  it.each([
    {
      lang: 'en' as const,
      places: [],
      years: null,
      expected: 'All countries and regions, All years',
    },
    {
      lang: 'en' as const,
      places: ['JAM'],
      years: { from: 2019, to: 2019 },
      expected: 'Jamaica, 2019',
    },
    {
      lang: 'en' as const,
      places: ['JAM', 'BRB'],
      years: { from: 2016, to: 2018 },
      expected: 'Jamaica and Barbados, 2016–2018',
    },
    {
      lang: 'es' as const,
      places: ['MEX', 'CARICOM'],
      years: null,
      expected: 'México y Caribe (Estados miembros de la CARICOM), Todos los años',
    },
  ])('$lang $places $years', ({ lang, places, years, expected }) => {
    expect(describeFilter(index, { places, years }, lang, lang === 'en' ? tEn : tEs)).toBe(expected)
  })

  it('writes a single year without a range', () => {
    expect(describeYears({ from: 2016, to: 2016 }, 'en', tEn)).toBe('2016')
  })
})
