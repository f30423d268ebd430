// The ranked bars as plain SVG, from the same model and label layout as the recharts chart
// (estimate-chart.tsx) and in exactly its box: the prerendered page draws it (recharts' inline
// styles are refused by the CSP in served HTML, lib/client-only.ts), and the browser keeps it
// until recharts has loaded, so the swap moves nothing. Horizontal positions are percentages
// of the plot, so the drawing fits any width without knowing it; the height depends on the
// width only through where the labels wrap, one of two ways (chart-layout.ts): both drawings
// are in the page, and a container query shows the one the chart's width calls for.
import { formatNumber } from '@/domain/format-estimate'
import type { ChartModel, ChartRow } from '@/features/charts/model/chart-model'
import {
  AXIS_HEIGHT,
  BAR_HEIGHT,
  CHART_MARGIN,
  NARROW_WRAP,
  WIDE_PLOT,
  PLACE_FONT,
  VALUE_FONT,
  barChartHeight,
  fitScale,
  labelBaselines,
  layoutLabels,
} from '@/features/charts/model/chart-layout'
import { chartPalette } from '@/features/charts/model/palette'
import { useLanguage } from '@/lib/language'

const TICK = 5
const MARK = 3

/** One row's bar, drawn as its estimate kind (as estimate-shape.tsx, without the fades). */
function PlainBar({ row, y, max }: { row: ChartRow; y: number; max: number }) {
  const pct = (value: number) => `${Math.min(100, (100 * value) / max)}%`
  const colour = chartPalette.bar
  const mark = (value: number) => (
    <rect
      x={pct(value)}
      y={y - TICK}
      width={MARK}
      height={BAR_HEIGHT + 2 * TICK}
      fill={colour}
      transform={`translate(${-MARK / 2} 0)`}
    />
  )
  if (row.kind === 'range')
    return (
      <>
        <rect
          x={pct(row.low)}
          y={y}
          width={pct(row.high - row.low)}
          height={BAR_HEIGHT}
          fill={colour}
          fillOpacity={0.3}
        />
        {mark(row.low)}
        {mark(row.high)}
      </>
    )
  return (
    <>
      <rect
        x={0}
        y={y}
        width={pct(row.high)}
        height={BAR_HEIGHT}
        fill={colour}
        fillOpacity={row.kind === 'upper-bound' ? 0.3 : 1}
      />
      {row.kind === 'lower-bound' && (
        <rect
          x={pct(row.high)}
          y={y}
          width={pct(max - row.high)}
          height={BAR_HEIGHT}
          fill={colour}
          fillOpacity={0.15}
        />
      )}
      {row.kind !== 'point' && mark(row.high)}
    </>
  )
}

/** The drawing at one label wrap width (chart-layout.ts, labelWrapWidth). */
function PlainDrawing({ model, wrap }: { model: ChartModel; wrap: number }) {
  const { lang } = useLanguage()
  const layout = layoutLabels(model.rows, wrap)
  const baselines = labelBaselines(layout)
  const formatTick = (value: number) => formatNumber(value, lang)
  // The narrowest plot of this layout's widths: its ticks fit (recharts adds more where there is room).
  const scale = fitScale(model.axisMax, wrap, formatTick)
  const height = barChartHeight(model.rows.length, layout)
  const axisY = CHART_MARGIN.top + model.rows.length * layout.rowHeight
  // The band of each row centres the labels and bar in it, as recharts does.
  const gap = (layout.rowHeight - layout.labelHeight - BAR_HEIGHT) / 2
  return (
    <svg
      className={`plain-bars plain-bars--${wrap === WIDE_PLOT ? 'wide' : 'narrow'}`}
      width="100%"
      height={height}
      aria-hidden="true"
    >
      {model.rows.map((row, i) => {
        const top = CHART_MARGIN.top + i * layout.rowHeight + gap
        const labels = layout.labels.get(row.key) ?? { place: [], value: [] }
        return (
          <g key={row.key} className={`estimate estimate--${row.kind}`}>
            <text fontSize={PLACE_FONT} fill={chartPalette.inkMuted}>
              {labels.place.map((line, j) => (
                <tspan key={j} x={0} y={top + (baselines.place[j] ?? 0)}>
                  {line}
                </tspan>
              ))}
            </text>
            <text fontSize={VALUE_FONT} fontWeight={600} fill={chartPalette.ink}>
              {labels.value.map((line, j) => (
                <tspan key={j} x={0} y={top + (baselines.value[j] ?? 0)}>
                  {line}
                </tspan>
              ))}
            </text>
            <PlainBar row={row} y={top + layout.labelHeight} max={scale.max} />
          </g>
        )
      })}
      <line x1={0} x2="100%" y1={axisY} y2={axisY} stroke={chartPalette.grid} />
      {scale.ticks.map((value) => {
        const x = `${(100 * value) / scale.max}%`
        const anchor = value === 0 ? 'start' : value === scale.max ? 'end' : 'middle'
        return (
          <g key={value}>
            <line x1={x} x2={x} y1={axisY} y2={axisY + 6} stroke={chartPalette.grid} />
            <text
              x={x}
              y={axisY + 22}
              textAnchor={anchor}
              fontSize={12}
              fill={chartPalette.inkMuted}
            >
              {formatTick(value)}
            </text>
          </g>
        )
      })}
      <text
        x="50%"
        y={axisY + AXIS_HEIGHT + 22}
        textAnchor="middle"
        fontSize={12}
        fill={chartPalette.inkMuted}
      >
        {model.unitLabel}
      </text>
    </svg>
  )
}

/** The bars in the box the recharts chart takes (same wrapper, same height). */
export function PlainBars({ model, summary }: { model: ChartModel; summary: string }) {
  return (
    <div className="chart-stepper">
      <div className="estimate-chart" role="img" aria-label={summary} data-chart="bar-plain">
        <PlainDrawing model={model} wrap={NARROW_WRAP} />
        <PlainDrawing model={model} wrap={WIDE_PLOT} />
      </div>
      <p className="chart-stepper__readout" />
    </div>
  )
}
