import { describe, expect, it } from 'vitest'
import {
  compareEstimates,
  estimateBounds,
  formatEstimate,
  formatEstimateWithUnit,
  formatNumber,
  formatNumberRange,
} from '@/domain/format-estimate'
import type { Estimate, Figure } from '@/domain/dataset-schema'
import type { Language } from '@/domain/translate'
import { builtInDataset } from '@mocks/fixtures'

const builtIn = builtInDataset()
import { translatorFor } from '@/lib/i18n'

const en = translatorFor('en')
const es = translatorFor('es')

describe('formatEstimate', () => {
  it.each<[string, Estimate, { unit: string; currency?: string }, string]>([
    [
      'a lower bound',
      { kind: 'lower-bound', value: 2_500_000 },
      { unit: 'persons' },
      'at least 2.5 million',
    ],
    [
      'a range of money',
      { kind: 'range', low: 5_500_000_000, high: 7_000_000_000 },
      { unit: 'currency', currency: 'USD' },
      'US$5.5–7 billion',
    ],
    ['a point count', { kind: 'point', value: 4323 }, { unit: 'returns' }, '4,323'],
    ['an upper bound', { kind: 'upper-bound', value: 15000 }, { unit: 'returns' }, 'up to 15,000'],
    [
      'a range of counts',
      { kind: 'range', low: 1200, high: 1500 },
      { unit: 'persons' },
      '1,200–1,500',
    ],
    ['a degenerate range', { kind: 'range', low: 10, high: 10 }, { unit: 'persons' }, '10'],
    [
      'a point of money',
      { kind: 'point', value: 250 },
      { unit: 'currency', currency: 'USD' },
      'US$250',
    ],
  ])('renders %s in English', (_label, estimate, unit, expected) => {
    expect(formatEstimate(estimate, unit, 'en', en)).toBe(expected)
  })

  it.each<[string, Estimate, { unit: string; currency?: string }, string]>([
    [
      'a lower bound',
      { kind: 'lower-bound', value: 2_500_000 },
      { unit: 'persons' },
      'al menos 2,5 millones',
    ],
    ['an upper bound', { kind: 'upper-bound', value: 15000 }, { unit: 'returns' }, 'hasta 15.000'],
    [
      'a range of money',
      { kind: 'range', low: 5_500_000_000, high: 7_000_000_000 },
      { unit: 'currency', currency: 'USD' },
      '5,5-7 mil millones US$',
    ],
    ['a point count', { kind: 'point', value: 4323 }, { unit: 'returns' }, '4323'],
  ])('renders %s in Spanish by the locale’s rules', (_label, estimate, unit, expected) => {
    expect(formatEstimate(estimate, unit, 'es', es)).toBe(expected)
  })
})

describe('formatNumber never rounds', () => {
  it.each([
    [2_500_000, '2.5 million'],
    [2_512_345, '2,512,345'],
    [7_000_000_000, '7 billion'],
    [999_999, '999,999'],
    [0.5, '0.5'],
  ])('%d -> %s', (value, expected) => {
    expect(formatNumber(value, 'en')).toBe(expected)
  })

  it('keeps exact values in a range when compact form would round', () => {
    expect(formatNumberRange(1_234_567, 2_000_000, 'en')).toBe('1,234,567–2,000,000')
  })
})

describe('estimateBounds and compareEstimates', () => {
  it.each<[Estimate, { low: number; high: number | null }]>([
    [
      { kind: 'point', value: 5 },
      { low: 5, high: 5 },
    ],
    [
      { kind: 'lower-bound', value: 5 },
      { low: 5, high: null },
    ],
    [
      { kind: 'range', low: 2, high: 9 },
      { low: 2, high: 9 },
    ],
  ])('bounds of %j', (estimate, bounds) => {
    expect(estimateBounds(estimate)).toEqual(bounds)
  })

  it('orders by low end, then an open-ended bound after a closed one', () => {
    const items: Estimate[] = [
      { kind: 'lower-bound', value: 5 },
      { kind: 'point', value: 5 },
      { kind: 'range', low: 1, high: 3 },
    ]
    expect([...items].sort(compareEstimates).map((e) => e.kind)).toEqual([
      'range',
      'point',
      'lower-bound',
    ])
  })
})

describe('formatEstimateWithUnit', () => {
  const figure = (estimate: Estimate) => ({ ...builtIn.figures[0]!, estimate }) as unknown as Figure
  it.each<[Language, Estimate, string]>([
    ['en', { kind: 'lower-bound', value: 2_500_000 }, 'at least 2.5 million people'],
    ['es', { kind: 'lower-bound', value: 2_500_000 }, 'al menos 2,5 millones de personas'],
    ['en', { kind: 'point', value: 4323 }, '4,323 people'],
    ['es', { kind: 'point', value: 4323 }, '4323 personas'],
  ])('%s: %j', (lang, estimate, expected) => {
    expect(formatEstimateWithUnit(figure(estimate), lang, translatorFor(lang))).toBe(expected)
  })
})
