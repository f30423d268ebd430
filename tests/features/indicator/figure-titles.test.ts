import { describe as group, expect, it } from 'vitest'
import { describeShown, formatYearRange } from '@/features/indicator/model/figure-titles'
import { describe } from '../charts/descriptions'
import { tEn } from '../filters/built-in-index'

group('the subtitle: places and years shown', () => {
  it.each([
    { years: [2016], lang: 'en' as const, expected: '2016' },
    { years: [2018, 2016, 2017], lang: 'en' as const, expected: '2016–2018' },
    { years: [], lang: 'en' as const, expected: '' },
  ])('$years', ({ years, lang, expected }) => expect(formatYearRange(years, lang)).toBe(expected))

  it('names each place once, then the years', () => {
    const shown = [
      describe('migrants-smuggled-world-2016'),
      describe('smuggling-profits-world-2016'),
      describe('involuntary-returns-caricom-2018'),
    ]
    expect(describeShown(shown, 'en', tEn)).toBe(
      'World, Caribbean (CARICOM member states) · 2016–2018',
    )
  })
})
