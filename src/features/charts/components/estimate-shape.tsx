import type { ChartRow } from '@/features/charts/model/chart-model'
import {
  BAR_HEIGHT,
  PLACE_FONT,
  VALUE_FONT,
  type RowLabels,
} from '@/features/charts/model/chart-layout'
import { chartPalette } from '@/features/charts/model/palette'

export interface EstimateShapeProps {
  row: ChartRow
  labels: RowLabels
  /** Baselines of the label lines, in px from the row's top. */
  baselines: { place: number[]; value: number[] }
  /** Top of the row (labels, then the bar), in px. */
  top: number
  labelHeight: number
  /** Left edge and width of the plot area, in px: where 0 and the axis end are. */
  plotX: number
  plotWidth: number
  scaleMax: number
  /** Unique per chart and row, for the fade's gradient id. */
  gradientId: string
  /** The bar has keyboard focus (chart stepping). */
  active?: boolean
}

const TICK = 5

/**
 * One figure, drawn as its estimate kind: a point as a solid bar, a lower bound as a bar that
 * fades out towards the axis end with an arrow (it has no known top), a range as a band with end
 * marks from low to high (no midpoint is drawn), an upper bound as a bar that fades in towards
 * its end mark. The labels sit above the bar, wrapped to fit.
 */
export function EstimateShape({
  row,
  labels,
  baselines,
  top,
  labelHeight,
  plotX,
  plotWidth,
  scaleMax,
  gradientId,
  active = false,
}: EstimateShapeProps) {
  const at = (value: number) => plotX + (plotWidth * value) / scaleMax
  const colour = chartPalette.bar
  const y = top + labelHeight
  const h = BAR_HEIGHT
  const d = row.description
  // Stable attributes for tests and readers of the exported SVG: what kind, which values, where, when.
  const data = {
    'data-figure-id': row.key,
    'data-kind': row.kind,
    'data-place': d.placeName.text,
    'data-period': d.period,
    ...(row.kind === 'range'
      ? { 'data-low': row.low, 'data-high': row.high }
      : { 'data-value': row.high }),
  }
  const ring = active ? (
    <rect
      className="chart-focus-ring"
      x={plotX - 4}
      y={top - 2}
      width={plotWidth + 8}
      height={labelHeight + h + 6}
      fill="none"
      stroke={chartPalette.ink}
      strokeWidth={2}
      rx={4}
    />
  ) : null
  const text = (
    <>
      <text x={plotX} fontSize={PLACE_FONT} fill={chartPalette.inkMuted}>
        {labels.place.map((line, i) => (
          <tspan key={i} x={plotX} y={top + (baselines.place[i] ?? 0)}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={plotX} fontSize={VALUE_FONT} fontWeight={600} fill={chartPalette.ink}>
        {labels.value.map((line, i) => (
          <tspan key={i} x={plotX} y={top + (baselines.value[i] ?? 0)}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  )
  if (row.kind === 'range') {
    const x1 = at(row.low)
    const x2 = at(row.high)
    return (
      <g className="estimate estimate--range" {...data}>
        {ring}
        {text}
        <rect
          x={x1}
          y={y}
          width={Math.max(1, x2 - x1)}
          height={h}
          fill={colour}
          fillOpacity={0.3}
          stroke={colour}
          strokeWidth={1.5}
        />
        <line x1={x1} x2={x1} y1={y - TICK} y2={y + h + TICK} stroke={colour} strokeWidth={3} />
        <line x1={x2} x2={x2} y1={y - TICK} y2={y + h + TICK} stroke={colour} strokeWidth={3} />
      </g>
    )
  }
  const x0 = at(0)
  const xValue = at(row.high)
  if (row.kind === 'point') {
    return (
      <g className="estimate estimate--point" {...data}>
        {ring}
        {text}
        <rect x={x0} y={y} width={Math.max(1, xValue - x0)} height={h} fill={colour} />
      </g>
    )
  }
  if (row.kind === 'upper-bound') {
    // "Up to": the true value lies somewhere below the mark, so the bar fades in towards it.
    return (
      <g className="estimate estimate--upper-bound" {...data}>
        {ring}
        <defs>
          <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" stopColor={colour} stopOpacity={0.04} />
            <stop offset="1" stopColor={colour} stopOpacity={0.55} />
          </linearGradient>
        </defs>
        {text}
        <rect
          x={x0}
          y={y}
          width={Math.max(1, xValue - x0)}
          height={h}
          fill={`url(#${gradientId})`}
        />
        <line
          x1={xValue}
          x2={xValue}
          y1={y - TICK}
          y2={y + h + TICK}
          stroke={colour}
          strokeWidth={3}
        />
      </g>
    )
  }
  const xEnd = at(scaleMax)
  const mid = y + h / 2
  return (
    <g className="estimate estimate--lower-bound" {...data}>
      {ring}
      <defs>
        <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={colour} stopOpacity={0.55} />
          <stop offset="1" stopColor={colour} stopOpacity={0.04} />
        </linearGradient>
      </defs>
      {text}
      <rect x={x0} y={y} width={Math.max(1, xValue - x0)} height={h} fill={colour} />
      <rect
        x={xValue}
        y={y}
        width={Math.max(0, xEnd - xValue - 8)}
        height={h}
        fill={`url(#${gradientId})`}
      />
      <line
        x1={xValue}
        x2={xValue}
        y1={y - TICK}
        y2={y + h + TICK}
        stroke={colour}
        strokeWidth={3}
      />
      <path
        d={`M ${xEnd - 9} ${mid - 6} L ${xEnd - 1} ${mid} L ${xEnd - 9} ${mid + 6}`}
        fill="none"
        stroke={colour}
        strokeWidth={2}
      />
    </g>
  )
}
