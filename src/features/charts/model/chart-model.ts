// Shapes figure descriptions into what the chart draws. The chart itself only draws: it never
// decides how an estimate kind looks in numbers.
import type { EstimateKind } from '@/domain/dataset-schema'
import type { FigureDescription } from '@/domain/figure-description'
import { estimateBounds } from '@/domain/format-estimate'
import type { Translate } from '@/domain/translate'

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
  /** "World, 2016 · aggregate" (a regional or world figure says so; an imported one, "· imported") */
  placeLabel: string
  /** "at least 2.5 million people (lower bound)" */
  valueLabel: string
  isAggregate: boolean
  /** The figure drawn, for what the keyboard stepping says about it. */
  description: FigureDescription
}

/** One chart: figures that share a unit (a chart never mixes units on one axis). */
export interface ChartModel {
  unit: string
  currency?: string
  unitLabel: string
  rows: ChartRow[]
  /** The value the axis must reach: the highest high end, or a lower bound plus headroom. */
  axisMax: number
}

/** "(lower bound)" and the like: how the chart and the summary name an estimate kind. */
export function kindNote(kind: EstimateKind, t: Translate): string {
  return t(`dashboard.kindShort.${kind}`)
}

function topOfAxisFor(d: FigureDescription): number {
  const { low, high } = estimateBounds(d.figure.estimate)
  return high === null ? low * LOWER_BOUND_HEADROOM : high
}

function rowFor(d: FigureDescription, t: Translate): ChartRow {
  const { low, high } = estimateBounds(d.figure.estimate)
  const kind = d.estimateKind
  const place = t(
    d.isAggregate ? 'dashboard.chart.placeLabelAggregate' : 'dashboard.chart.placeLabel',
    { place: d.placeName.text, year: d.period },
  )
  return {
    key: d.figure.id,
    kind,
    low: kind === 'range' ? low : 0,
    high: high ?? low,
    // An imported figure says so on the chart itself, so the drawing and its image carry it.
    placeLabel: d.imported ? t('dashboard.chart.importedMark', { label: place }) : place,
    valueLabel: t('dashboard.chart.valueLabel', {
      value: d.valueWithUnit,
      kind: kindNote(kind, t),
    }),
    isAggregate: d.isAggregate,
    description: d,
  }
}

/** Charts for the descriptions, one per unit (and currency), in the order the units first appear. */
export function buildChartModels(descriptions: FigureDescription[], t: Translate): ChartModel[] {
  const groups = new Map<string, FigureDescription[]>()
  for (const d of descriptions) {
    const key = `${d.figure.unit}|${d.figure.currency ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), d])
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!
    return {
      unit: first.figure.unit,
      ...(first.figure.currency ? { currency: first.figure.currency } : {}),
      unitLabel: first.unitLabel,
      rows: group.map((d) => rowFor(d, t)),
      axisMax: Math.max(...group.map(topOfAxisFor)),
    }
  })
}

/** What the bar spans on the axis. A lower bound runs to the axis end, as it has no known top. */
export function barExtent(row: ChartRow, scaleMax: number): [number, number] {
  return [row.low, row.kind === 'lower-bound' ? scaleMax : row.high]
}
