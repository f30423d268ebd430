import type { ChartRow } from '@/features/charts/model/chart-model'
import { chartPalette } from '@/features/charts/model/palette'

export interface EstimateShapeProps {
  row: ChartRow
  /** Top of the bar, in px. */
  y: number
  barHeight: number
  /** Left edge and width of the plot area, in px: where 0 and the axis end are. */
  plotX: number
  plotWidth: number
  scaleMax: number
  /** Unique per chart and row, for the fade's gradient id. */
  gradientId: string
}

const TICK = 5

/**
 * One figure, drawn as its estimate kind: a point as a solid bar, a lower bound as a bar that
 * fades out towards the axis end with an arrow (it has no known top), a range as a band with end
 * marks from low to high (no midpoint is drawn). Both label lines sit above the bar.
 */
export function EstimateShape({ row, y, barHeight, plotX, plotWidth, scaleMax, gradientId }: EstimateShapeProps) {
  const at = (value: number) => plotX + (plotWidth * value) / scaleMax
  const colour = chartPalette.bar
  const mid = y + barHeight / 2
  const labels = (
    <>
      <text x={plotX} y={y - 22} fontSize={12} fill={chartPalette.inkMuted}>
        {row.placeLabel}
      </text>
      <text x={plotX} y={y - 6} fontSize={14} fontWeight={600} fill={chartPalette.ink}>
        {row.valueLabel}
      </text>
    </>
  )
  if (row.kind === 'range') {
    const x1 = at(row.low)
    const x2 = at(row.high)
    return (
      <g className="estimate estimate--range">
        {labels}
        <rect x={x1} y={y} width={Math.max(1, x2 - x1)} height={barHeight} fill={colour} fillOpacity={0.3} stroke={colour} strokeWidth={1.5} />
        <line x1={x1} x2={x1} y1={y - TICK} y2={y + barHeight + TICK} stroke={colour} strokeWidth={3} />
        <line x1={x2} x2={x2} y1={y - TICK} y2={y + barHeight + TICK} stroke={colour} strokeWidth={3} />
      </g>
    )
  }
  const x0 = at(0)
  const xValue = at(row.high)
  if (row.kind === 'point') {
    return (
      <g className="estimate estimate--point">
        {labels}
        <rect x={x0} y={y} width={Math.max(1, xValue - x0)} height={barHeight} fill={colour} />
      </g>
    )
  }
  const xEnd = at(scaleMax)
  return (
    <g className="estimate estimate--lower-bound">
      <defs>
        <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={colour} stopOpacity={0.55} />
          <stop offset="1" stopColor={colour} stopOpacity={0.04} />
        </linearGradient>
      </defs>
      {labels}
      <rect x={x0} y={y} width={Math.max(1, xValue - x0)} height={barHeight} fill={colour} />
      <rect x={xValue} y={y} width={Math.max(0, xEnd - xValue - 8)} height={barHeight} fill={`url(#${gradientId})`} />
      <line x1={xValue} x2={xValue} y1={y - TICK} y2={y + barHeight + TICK} stroke={colour} strokeWidth={3} />
      <path d={`M ${xEnd - 9} ${mid - 6} L ${xEnd - 1} ${mid} L ${xEnd - 9} ${mid + 6}`} fill="none" stroke={colour} strokeWidth={2} />
    </g>
  )
}
