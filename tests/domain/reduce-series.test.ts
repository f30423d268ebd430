import { reduceSeries, type SeriesPoint } from '@/domain/reduce-series'

const point = (x: number, low: number, high: number | null = low): SeriesPoint => ({
  x,
  low,
  high,
  id: `f${x}-${low}`,
})

describe('reduceSeries', () => {
  it('returns a short series unchanged, sorted by x', () => {
    const result = reduceSeries([point(2019, 5), point(2018, 3)], 10)
    expect(result).toEqual({ reduced: false, points: [point(2018, 3), point(2019, 5)] })
  })

  it.each([
    // points, maxPoints, expected buckets as [xFrom, xTo, low, high, count]
    [
      [point(1, 1), point(2, 5), point(3, 2), point(4, 8)],
      2,
      [
        [1, 2, 1, 5, 2],
        [3, 4, 2, 8, 2],
      ],
    ],
    [
      [point(1, 1), point(2, 5), point(3, 2)],
      2,
      [
        [1, 2, 1, 5, 2],
        [3, 3, 2, 2, 1],
      ],
    ],
    // a lower bound keeps its bucket open-ended: never closed by another figure's high
    [
      [point(1, 1, null), point(2, 5), point(3, 2), point(4, 3)],
      2,
      [
        [1, 2, 1, null, 2],
        [3, 4, 2, 3, 2],
      ],
    ],
    // a range contributes both ends
    [[point(1, 10, 20), point(2, 5, 7), point(3, 1)], 1, [[1, 3, 1, 20, 3]]],
  ] as const)('groups %j into at most %i envelopes', (points, max, expected) => {
    const result = reduceSeries(points as unknown as SeriesPoint[], max)
    expect(result.reduced).toBe(true)
    if (!result.reduced) return
    expect(result.buckets.map((b) => [b.xFrom, b.xTo, b.low, b.high, b.count])).toEqual(expected)
    expect(result.pointCount).toBe(points.length)
  })

  it('keeps every figure id in exactly one bucket', () => {
    const points = Array.from({ length: 10_001 }, (_, i) => point(1900 + (i % 200), i))
    const result = reduceSeries(points, 500)
    if (!result.reduced) throw new Error('expected a reduced series')
    expect(result.buckets.length).toBeLessThanOrEqual(500)
    expect(result.buckets.flatMap((b) => b.ids).sort()).toEqual(points.map((p) => p.id).sort())
  })

  it.each([0, -1, 1.5])('refuses maxPoints %s', (max) => {
    expect(() => reduceSeries([point(1, 1)], max)).toThrow(/maxPoints/)
  })
})
