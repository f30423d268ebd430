import { describe, expect, it } from 'vitest'
import { niceScale } from '@/features/charts/model/chart-scale'

describe('niceScale', () => {
  it.each([
    { max: 3_500_000, target: 4, expected: { max: 4_000_000, ticks: [0, 1e6, 2e6, 3e6, 4e6] } },
    { max: 7e9, target: 4, expected: { max: 8e9, ticks: [0, 2e9, 4e9, 6e9, 8e9] } },
    { max: 7e9, target: 3, expected: { max: 7.5e9, ticks: [0, 2.5e9, 5e9, 7.5e9] } },
    { max: 4323, target: 4, expected: { max: 6000, ticks: [0, 2000, 4000, 6000] } },
    { max: 100, target: 5, expected: { max: 100, ticks: [0, 20, 40, 60, 80, 100] } },
    { max: 1, target: 4, expected: { max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] } },
    { max: 0.3, target: 3, expected: { max: 0.3, ticks: [0, 0.1, 0.2, 0.3] } },
    { max: 0, target: 4, expected: { max: 1, ticks: [0, 1] } },
    { max: Number.NaN, target: 4, expected: { max: 1, ticks: [0, 1] } },
  ])('$max with about $target steps', ({ max, target, expected }) => {
    expect(niceScale(max, target)).toEqual(expected)
  })

  it.each([12, 999, 4323, 3.5e6, 7e9, 123_456_789])(
    'always covers the value %d and starts at zero',
    (value) => {
      const scale = niceScale(value, 4)
      expect(scale.ticks[0]).toBe(0)
      expect(scale.max).toBeGreaterThanOrEqual(value)
      expect(scale.ticks.at(-1)).toBe(scale.max)
    },
  )
})
