// Shapes figure descriptions into what the chart draws. The chart itself only draws: it never
// decides how an estimate kind looks in numbers.
import type { EstimateKind } from '@/domain/dataset-schema'
import type { FigureDescription } from '@/domain/figure-description'
import { estimateBounds } from '@/domain/format-estimate'
import type { Translate } from '@/domain/translate'
import { niceScale, type ValueScale } from '@/features/charts/model/chart-scale'

/** Room left beyond a lower bound so its open end is visible: the axis reaches at least 1.4× the value. */
export const LOWER_BOUND_HEADROOM = 1.4

export interface ChartRow {
  /** The figure's id; also the category key. */
  key: string
  kind: EstimateKind
  /** Where the solid part starts: 0 for a point or a lower bound, the low end for a range. */
  low: number
  /** The stated value (point, lower bound) or the high end (range). */
  high: number
  /** What the bar spans on the axis. A lower bound runs to the axis end, as it has no known top. */
  extent: [number, number]
  /** "World, 2016" */
  placeLabel: string
  /** "at least 2.5 million people (lower bound)" */
  valueLabel: string
  isAggregate: boolean
}

/** One chart: figures that share a unit (a chart never mixes units on one axis). */
export interface ChartModel {
  unit: string
  currency?: string
  unitLabel: string
  rows: ChartRow[]
  scale: ValueScale
}

/** "(lower bound)" and the like: how the chart and the summary name an estimate kind. */
export function kindNote(kind: EstimateKind, t: Translate): string {
  return t(`dashboard.kindShort.${kind}`)
}

function topOfAxisFor(d: FigureDescription): number {
  const { low, high } = estimateBounds(d.figure.estimate)
  return high === null ? low * LOWER_BOUND_HEADROOM : high
}

function rowFor(d: FigureDescription, scaleMax: number, t: Translate): ChartRow {
  const { low, high } = estimateBounds(d.figure.estimate)
  const kind = d.estimateKind
  const drawnLow = kind === 'range' ? low : 0
  const drawnHigh = high ?? low
  return {
    key: d.figure.id,
    kind,
    low: drawnLow,
    high: drawnHigh,
    extent: [drawnLow, kind === 'lower-bound' ? scaleMax : drawnHigh],
    placeLabel: t('dashboard.chart.placeLabel', { place: d.placeName.text, year: d.year }),
    valueLabel: t('dashboard.chart.valueLabel', { value: d.valueWithUnit, kind: kindNote(kind, t) }),
    isAggregate: d.isAggregate,
  }
}

/** Charts for the descriptions, one per unit (and currency), in the order the units first appear. */
export function buildChartModels(descriptions: FigureDescription[], t: Translate, targetTicks = 4): ChartModel[] {
  const groups = new Map<string, FigureDescription[]>()
  for (const d of descriptions) {
    const key = `${d.figure.unit}|${d.figure.currency ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), d])
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!
    const scale = niceScale(Math.max(...group.map(topOfAxisFor)), targetTicks)
    return {
      unit: first.figure.unit,
      ...(first.figure.currency ? { currency: first.figure.currency } : {}),
      unitLabel: first.unitLabel,
      rows: group.map((d) => rowFor(d, scale.max, t)),
      scale,
    }
  })
}
