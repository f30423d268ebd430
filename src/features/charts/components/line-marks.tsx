// The marks of one series over time, shared by the indicator's line chart and the overview's
// small charts, so both draw each kind of estimate the same honest way:
// - a point value is a marker, joined by a line to the next point value of its series;
// - a range is an interval from low to high (a band joins consecutive ranges); nothing is drawn at its middle;
// - a lower bound is a marker with an open upward end, labelled "at least";
// - a missing period is a gap; a change of source, coverage or definition is a break mark (//).
// Every mark carries data-kind, data-value / data-low / data-high, data-place and data-period,
// on screen and in the exported SVG (the export copies this drawing).
import type { LinePoint, LineSeries } from '@/features/charts/model/line-model'
import type { SeriesShape } from '@/features/charts/model/palette'

export interface MarkScale {
  x: (time: number) => number
  y: (value: number) => number
}

/** The series' marker, centred on (cx, cy), r its half size. */
export function Marker({
  shape,
  cx,
  cy,
  r,
  colour,
}: {
  shape: SeriesShape
  cx: number
  cy: number
  r: number
  colour: string
}) {
  const open = shape.endsWith('-open')
  const paint = open
    ? { fill: '#ffffff', stroke: colour, strokeWidth: 1.5 }
    : { fill: colour, stroke: '#ffffff', strokeWidth: 1 }
  if (shape.startsWith('circle')) return <circle cx={cx} cy={cy} r={r} {...paint} />
  if (shape.startsWith('square'))
    return <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...paint} />
  if (shape.startsWith('triangle'))
    return (
      <path
        d={`M ${cx} ${cy - r * 1.1} L ${cx + r} ${cy + r * 0.8} L ${cx - r} ${cy + r * 0.8} Z`}
        {...paint}
      />
    )
  return (
    <path
      d={`M ${cx} ${cy - r * 1.2} L ${cx + r * 1.1} ${cy} L ${cx} ${cy + r * 1.2} L ${cx - r * 1.1} ${cy} Z`}
      {...paint}
    />
  )
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

function markData(series: LineSeries, p: LinePoint) {
  return {
    'data-figure-id': p.key,
    'data-kind': p.kind,
    'data-place': series.label,
    'data-period': p.description.period,
    ...(p.kind === 'range'
      ? { 'data-low': p.low, 'data-high': p.high ?? undefined }
      : { 'data-value': p.low }),
  }
}

interface SeriesMarksProps {
  series: LineSeries
  scale: MarkScale
  /** Marker half size in px (the overview's small charts use smaller marks). */
  r: number
  /** The words written beside a lower bound ("at least"); omitted where there is no room. */
  atLeast?: string
  /** Index of the point with keyboard focus, if in this series. */
  active?: number | null
}

export function SeriesMarks({ series, scale, r, atLeast, active = null }: SeriesMarksProps) {
  const { colour, points } = series
  const lines: string[] = []
  const bands: string[] = []
  points.forEach((p, i) => {
    const previous = points[i - 1]
    if (!previous || !p.joinedToPrevious) return
    if (p.kind === 'point')
      lines.push(
        `M ${round(scale.x(previous.x))} ${round(scale.y(previous.low))} L ${round(scale.x(p.x))} ${round(scale.y(p.low))}`,
      )
    else if (p.kind === 'range' && p.high !== null && previous.high !== null)
      bands.push(
        `M ${round(scale.x(previous.x))} ${round(scale.y(previous.low))} L ${round(scale.x(p.x))} ${round(scale.y(p.low))} L ${round(scale.x(p.x))} ${round(scale.y(p.high))} L ${round(scale.x(previous.x))} ${round(scale.y(previous.high))} Z`,
      )
  })
  const stem = r * 4
  return (
    <g className="series" data-series={series.label}>
      {bands.map((d, i) => (
        <path
          key={`band-${i}`}
          className="series__band"
          d={d}
          fill={colour}
          fillOpacity={0.18}
          stroke="none"
        />
      ))}
      {lines.map((d, i) => (
        <path
          key={`line-${i}`}
          className="series__line"
          d={d}
          fill="none"
          stroke={colour}
          strokeWidth={r > 3 ? 2.5 : 1.5}
          strokeLinejoin="round"
        />
      ))}
      {points.map((p, i) => {
        const cx = round(scale.x(p.x))
        const previous = points[i - 1]
        const breakMark =
          previous && p.breakBefore.length > 0 ? (
            <BreakMark
              key={`break-${p.key}`}
              x={round((scale.x(previous.x) + cx) / 2)}
              y={round((scale.y(previous.low) + scale.y(p.low)) / 2)}
              r={r}
              colour={colour}
              reasons={p.breakBefore.join(' ')}
            />
          ) : null
        const ring =
          active === i ? (
            <circle
              className="chart-focus-ring"
              cx={cx}
              cy={round(scale.y(p.high ?? p.low))}
              r={r * 2.2}
              fill="none"
              stroke="#1b1f24"
              strokeWidth={2}
            />
          ) : null
        if (p.kind === 'range' && p.high !== null) {
          const y1 = round(scale.y(p.low))
          const y2 = round(scale.y(p.high))
          return (
            <g key={p.key} className="mark mark--range" {...markData(series, p)}>
              {breakMark}
              <line x1={cx} x2={cx} y1={y1} y2={y2} stroke={colour} strokeWidth={r > 3 ? 3 : 2} />
              <line x1={cx - r} x2={cx + r} y1={y1} y2={y1} stroke={colour} strokeWidth={2} />
              <line x1={cx - r} x2={cx + r} y1={y2} y2={y2} stroke={colour} strokeWidth={2} />
              {ring}
            </g>
          )
        }
        const cy = round(scale.y(p.low))
        if (p.kind === 'upper-bound') {
          return (
            <g key={p.key} className="mark mark--upper-bound" {...markData(series, p)}>
              {breakMark}
              <line
                x1={cx}
                x2={cx}
                y1={cy}
                y2={cy + stem}
                stroke={colour}
                strokeWidth={2}
                strokeDasharray="3 2"
              />
              <path
                d={`M ${cx - r} ${round(cy + stem - r)} L ${cx} ${round(cy + stem)} L ${cx + r} ${round(cy + stem - r)}`}
                fill="none"
                stroke={colour}
                strokeWidth={2}
              />
              <line
                x1={cx - r * 1.4}
                x2={cx + r * 1.4}
                y1={cy}
                y2={cy}
                stroke={colour}
                strokeWidth={3}
              />
              <Marker shape={series.shape} cx={cx} cy={cy} r={r * 0.8} colour={colour} />
              {ring}
            </g>
          )
        }
        if (p.kind === 'lower-bound') {
          return (
            <g key={p.key} className="mark mark--lower-bound" {...markData(series, p)}>
              {breakMark}
              <line
                x1={cx}
                x2={cx}
                y1={cy}
                y2={cy - stem}
                stroke={colour}
                strokeWidth={2}
                strokeDasharray="3 2"
              />
              <path
                d={`M ${cx - r} ${round(cy - stem + r)} L ${cx} ${round(cy - stem)} L ${cx + r} ${round(cy - stem + r)}`}
                fill="none"
                stroke={colour}
                strokeWidth={2}
              />
              <line
                x1={cx - r * 1.4}
                x2={cx + r * 1.4}
                y1={cy}
                y2={cy}
                stroke={colour}
                strokeWidth={3}
              />
              <Marker shape={series.shape} cx={cx} cy={cy} r={r * 0.8} colour={colour} />
              {atLeast && (
                <text
                  x={cx + r + 3}
                  y={round(cy - stem / 2)}
                  fontSize={11}
                  fill={colour}
                  className="mark__at-least"
                >
                  {atLeast}
                </text>
              )}
              {ring}
            </g>
          )
        }
        return (
          <g key={p.key} className="mark mark--point" {...markData(series, p)}>
            {breakMark}
            <Marker shape={series.shape} cx={cx} cy={cy} r={r} colour={colour} />
            {ring}
          </g>
        )
      })}
    </g>
  )
}

/** "//": two short slanted strokes where a series changes source, coverage or definition. */
function BreakMark({
  x,
  y,
  r,
  colour,
  reasons,
}: {
  x: number
  y: number
  r: number
  colour: string
  reasons: string
}) {
  const h = Math.max(5, r * 1.8)
  return (
    <g className="mark-break" data-break={reasons}>
      <line x1={x - 4} x2={x - 1} y1={y + h} y2={y - h} stroke="#ffffff" strokeWidth={5} />
      <line x1={x - 4} x2={x - 1} y1={y + h} y2={y - h} stroke={colour} strokeWidth={1.8} />
      <line x1={x + 1} x2={x + 4} y1={y + h} y2={y - h} stroke={colour} strokeWidth={1.8} />
    </g>
  )
}
