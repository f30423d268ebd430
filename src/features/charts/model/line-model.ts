// Shapes figures into series over time: one series per place, one panel per unit. Decides what
// is joined by a line and what is not, so the drawing (full chart, small overview chart and the
// exported image, which is the same drawing) never has to.
import type { EstimateKind } from '@/domain/dataset-schema'
import type { FigureDescription } from '@/domain/figure-description'
import { estimateBounds } from '@/domain/format-estimate'
import { LOWER_BOUND_HEADROOM } from '@/features/charts/model/chart-model'
import { breaksBetween, type BreakReason } from '@/features/charts/model/series-breaks'
import {
  MAX_SERIES,
  seriesColours,
  seriesShapes,
  type SeriesShape,
} from '@/features/charts/model/palette'
import { figureTimeSpan, spanMiddle } from '@/features/charts/model/time-span'

export interface LinePoint {
  /** The figure's id. */
  key: string
  description: FigureDescription
  kind: EstimateKind
  /** Where the figure's period starts and ends, and its middle (where it is drawn), in fractional years. */
  start: number
  end: number
  x: number
  /** The stated value (point), the lower bound, or the low end of a range. */
  low: number
  /** The high end of a range; the value of a point; null for a lower bound (no known top). */
  high: number | null
  /** A period is missing between the previous point of the series and this one: a gap, not a line. */
  gapBefore: boolean
  /** How this point differs from the previous one of its series (source, coverage, definition). */
  breakBefore: BreakReason[]
  /** Joined to the previous point: both points (or both ranges, as a band), no gap, no break. */
  joinedToPrevious: boolean
}

export interface LineSeries {
  /** The place's code. */
  key: string
  label: string
  colour: string
  shape: SeriesShape
  points: LinePoint[]
}

export interface LinePanel {
  unit: string
  currency?: string
  unitLabel: string
  /** Drawn series, at most eight, ranked by their latest value (largest first). */
  series: LineSeries[]
  /** Places not drawn because there are more than eight, named in a note. */
  notDrawn: string[]
  /** Time domain in fractional years: the earliest start and latest end. */
  timeMin: number
  timeMax: number
  /** The value the axis must reach (a lower bound gets headroom for its open end). */
  valueMax: number
}

/** Places a period follows directly after the previous one (no period missing in between). */
const CONTIGUOUS = 1e-6

function pointsOf(group: FigureDescription[]): LinePoint[] {
  const sorted = group
    .map((d) => ({ d, span: figureTimeSpan(d.figure) }))
    .sort((a, b) => a.span.start - b.span.start || a.d.figure.id.localeCompare(b.d.figure.id))
  const points: LinePoint[] = []
  sorted.forEach(({ d, span }, i) => {
    const previous = sorted[i - 1]
    const bounds = estimateBounds(d.figure.estimate)
    const gapBefore = previous !== undefined && span.start > previous.span.end + CONTIGUOUS
    const breakBefore = previous ? breaksBetween(previous.d, d) : []
    const kind = d.estimateKind
    const joinable = kind === 'point' || kind === 'range'
    points.push({
      key: d.figure.id,
      description: d,
      kind,
      start: span.start,
      end: span.end,
      x: spanMiddle(span),
      low: bounds.low,
      high: bounds.high,
      gapBefore,
      breakBefore,
      joinedToPrevious:
        previous !== undefined &&
        joinable &&
        previous.d.estimateKind === kind &&
        !gapBefore &&
        breakBefore.length === 0,
    })
  })
  return points
}

function topOf(p: LinePoint): number {
  return p.high === null ? p.low * LOWER_BOUND_HEADROOM : p.high
}

/** The latest point's low end: what a series is ranked by. */
function latestValue(series: { points: LinePoint[] }): number {
  return series.points[series.points.length - 1]?.low ?? 0
}

/** Panels for the descriptions, one per unit (and currency), in the order units first appear. */
export function buildLinePanels(descriptions: FigureDescription[]): LinePanel[] {
  const units = new Map<string, FigureDescription[]>()
  for (const d of descriptions) {
    const key = `${d.figure.unit}|${d.figure.currency ?? ''}`
    const group = units.get(key)
    if (group) group.push(d)
    else units.set(key, [d])
  }
  return [...units.values()].map((group) => {
    const places = new Map<string, FigureDescription[]>()
    for (const d of group) {
      const list = places.get(d.figure.geographyCode)
      if (list) list.push(d)
      else places.set(d.figure.geographyCode, [d])
    }
    const ranked = [...places.entries()]
      .map(([code, list]) => ({ code, label: list[0]!.placeName.text, points: pointsOf(list) }))
      .sort((a, b) => latestValue(b) - latestValue(a) || a.label.localeCompare(b.label))
    const drawn = ranked.slice(0, MAX_SERIES)
    const all = drawn.flatMap((s) => s.points)
    const first = group[0]!
    return {
      unit: first.figure.unit,
      ...(first.figure.currency ? { currency: first.figure.currency } : {}),
      unitLabel: first.unitLabel,
      series: drawn.map((s, i) => ({
        key: s.code,
        label: s.label,
        colour: seriesColours[i]!,
        shape: seriesShapes[i]!,
        points: s.points,
      })),
      notDrawn: ranked.slice(MAX_SERIES).map((s) => s.label),
      timeMin: Math.min(...all.map((p) => p.start)),
      timeMax: Math.max(...all.map((p) => p.end)),
      valueMax: Math.max(...all.map(topOf)),
    }
  })
}

export interface SeriesBreak {
  place: string
  /** Periods either side of the change, as the figures state them. */
  from: string
  to: string
  reasons: BreakReason[]
}

/** Every change of source, coverage or definition inside a drawn series, for the notes. */
export function listBreaks(panels: LinePanel[]): SeriesBreak[] {
  return panels.flatMap((panel) =>
    panel.series.flatMap((series) =>
      series.points.flatMap((p, i) => {
        const previous = series.points[i - 1]
        return previous && p.breakBefore.length > 0
          ? [
              {
                place: series.label,
                from: previous.description.period,
                to: p.description.period,
                reasons: p.breakBefore,
              },
            ]
          : []
      }),
    ),
  )
}
