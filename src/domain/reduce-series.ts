// Long series (an import can bring thousands of figures for one indicator) are reduced before a
// chart draws them: consecutive points are grouped into at most `maxPoints` buckets, and each
// bucket is drawn as the envelope of its figures (lowest low to highest high). Nothing is
// averaged or summed, so no number appears that no source stated; a bucket that holds a lower
// bound stays open-ended. The table keeps every figure.

/** One figure's place in a series: its x (usually the year) and its bounds. */
export interface SeriesPoint {
  x: number
  low: number
  /** null for a lower bound ("at least"), which has no upper end. */
  high: number | null
  id: string
}

/** The envelope of consecutive points: what a chart draws for a reduced series. */
export interface SeriesBucket {
  xFrom: number
  xTo: number
  /** The lowest low of the bucket's figures. */
  low: number
  /** The highest high; null when a figure in the bucket is a lower bound. */
  high: number | null
  /** How many figures the bucket stands for. */
  count: number
  /** The figures in the bucket, for tooltips and links to the table. */
  ids: string[]
}

export type ReducedSeries =
  | { reduced: false; points: SeriesPoint[] }
  | { reduced: true; buckets: SeriesBucket[]; pointCount: number }

/** The series as is when it has at most `maxPoints` points; otherwise its envelope in buckets. */
export function reduceSeries(points: readonly SeriesPoint[], maxPoints: number): ReducedSeries {
  if (!Number.isInteger(maxPoints) || maxPoints < 1)
    throw new RangeError(`maxPoints must be a positive integer, got ${maxPoints}`)
  const sorted = [...points].sort((a, b) => a.x - b.x || a.low - b.low)
  if (sorted.length <= maxPoints) return { reduced: false, points: sorted }
  const size = Math.ceil(sorted.length / maxPoints)
  const buckets: SeriesBucket[] = []
  for (let start = 0; start < sorted.length; start += size) {
    const slice = sorted.slice(start, start + size)
    let low = Infinity
    let high: number | null = -Infinity
    for (const p of slice) {
      low = Math.min(low, p.low)
      high = high === null || p.high === null ? null : Math.max(high, p.high)
    }
    buckets.push({
      xFrom: slice[0]!.x,
      xTo: slice.at(-1)!.x,
      low,
      high,
      count: slice.length,
      ids: slice.map((p) => p.id),
    })
  }
  return { reduced: true, buckets, pointCount: sorted.length }
}
