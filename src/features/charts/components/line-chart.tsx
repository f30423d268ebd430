// Loaded on demand (React.lazy). Plain SVG rather than recharts: every mark is drawn as its
// estimate kind by line-marks.tsx, which the overview's small charts share, and 50 places × 30
// periods draw well within the 200 ms budget (scripts/bench-charts.ts).
import { useMemo, useRef } from 'react'
import { formatNumber } from '@/domain/format-estimate'
import { fitScale, estimateTextWidth } from '@/features/charts/model/chart-layout'
import type { LinePanel } from '@/features/charts/model/line-model'
import { chartPalette } from '@/features/charts/model/palette'
import { describePoint } from '@/features/charts/model/shape-summary'
import { spreadLabels, timeTicks } from '@/features/charts/model/time-axis'
import { Marker, SeriesMarks } from '@/features/charts/components/line-marks'
import { ChartStepper } from '@/features/charts/components/chart-stepper'
import {
  LineLegend,
  layoutLineLegend,
  legendEntries,
} from '@/features/charts/components/line-legend'
import { useElementWidth } from '@/features/charts/use-element-width'
import { useLanguage } from '@/lib/language'

export interface LineChartProps {
  panel: LinePanel
  /** The text alternative: the shape of the data in words. */
  summary: string
}

const FONT = 12
const PLOT_HEIGHT = 240
const LEGEND_ROW = 20
const END_LABEL_MAX = 150
/** Below this width the places are named in the legend only, not at the line ends. */
const END_LABELS_FROM = 520

/** Legend entries laid out in rows that fit the width. */
function layoutLegend(labels: string[], width: number): { x: number; row: number }[] {
  let x = 0
  let row = 0
  return labels.map((label) => {
    const w = 30 + estimateTextWidth(label, FONT) * 0.85 + 16
    if (x > 0 && x + w > width) {
      x = 0
      row++
    }
    const at = { x, row }
    x += w
    return at
  })
}

export function LineChart({ panel, summary }: LineChartProps) {
  const { lang, t } = useLanguage()
  const ref = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ref, 640)
  const formatTick = (value: number) => formatNumber(value, lang)
  const legend = layoutLegend(
    panel.series.map((s) => s.label),
    width - 8,
  )
  const legendHeight = ((legend[legend.length - 1]?.row ?? 0) + 1) * LEGEND_ROW + 8
  const endLabels = width >= END_LABELS_FROM
  const right = endLabels
    ? Math.min(
        END_LABEL_MAX,
        Math.max(...panel.series.map((s) => estimateTextWidth(s.label, FONT) * 0.85)) + 22,
      )
    : 12
  const provisional = fitScale(panel.valueMax, PLOT_HEIGHT, formatTick)
  const left =
    Math.max(...provisional.ticks.map((v) => estimateTextWidth(formatTick(v), FONT) * 0.85)) + 12
  const top = legendHeight + 10
  const plotWidth = Math.max(60, width - left - right)
  const scale = provisional
  const kindLegend = useMemo(
    () => layoutLineLegend(legendEntries(panel), width - 8, t),
    [panel, width, t],
  )
  const legendTop = top + PLOT_HEIGHT + 46
  const height = legendTop + kindLegend.height + 4
  const span = Math.max(1e-6, panel.timeMax - panel.timeMin)
  const x = (time: number) => left + ((time - panel.timeMin) / span) * plotWidth
  const y = (value: number) => top + PLOT_HEIGHT - (value / scale.max) * PLOT_HEIGHT
  const years = timeTicks(panel.timeMin, panel.timeMax, plotWidth)
  const order = useMemo(
    () =>
      panel.series.flatMap((s) =>
        s.points.map((p, i) => ({ series: s.key, index: i, d: p.description })),
      ),
    [panel],
  )
  const labels = useMemo(
    () => order.map((o, i) => describePoint(o.d, i + 1, order.length, lang, t)),
    [order, lang, t],
  )
  const ends = spreadLabels(
    panel.series.flatMap((s) => {
      const last = s.points[s.points.length - 1]
      return last
        ? [
            {
              key: s.key,
              text: s.label,
              colour: s.colour,
              y: y(last.high === null ? last.low : (last.low + last.high) / 2),
            },
          ]
        : []
    }),
    FONT + 3,
    top,
    top + PLOT_HEIGHT,
  )
  return (
    <div ref={ref} className="line-chart">
      <ChartStepper labels={labels}>
        {(active) => {
          const focus = active !== null ? order[active] : undefined
          return (
            <div role="img" aria-label={summary}>
              <svg
                className="chart-surface"
                width={width}
                height={height}
                viewBox={`0 0 ${width} ${height}`}
                fontFamily="sans-serif"
                data-chart="line"
                data-unit={panel.unit}
              >
                <g className="chart-legend-series">
                  {panel.series.map((s, i) => {
                    const at = legend[i]!
                    const ly = at.row * LEGEND_ROW + 10
                    return (
                      <g key={s.key} data-legend-series={s.label}>
                        <line
                          x1={at.x + 2}
                          x2={at.x + 24}
                          y1={ly}
                          y2={ly}
                          stroke={s.colour}
                          strokeWidth={2.5}
                        />
                        <Marker shape={s.shape} cx={at.x + 13} cy={ly} r={4.5} colour={s.colour} />
                        <text x={at.x + 30} y={ly + 4} fontSize={FONT} fill={chartPalette.ink}>
                          {s.label}
                        </text>
                      </g>
                    )
                  })}
                </g>
                <g className="chart-axis chart-axis--value">
                  {scale.ticks.map((v) => (
                    <g key={v}>
                      <line
                        x1={left}
                        x2={left + plotWidth}
                        y1={y(v)}
                        y2={y(v)}
                        stroke={chartPalette.grid}
                        strokeWidth={v === 0 ? 1.5 : 1}
                      />
                      <text
                        x={left - 6}
                        y={y(v) + 4}
                        textAnchor="end"
                        fontSize={FONT}
                        fill={chartPalette.inkMuted}
                      >
                        {formatTick(v)}
                      </text>
                    </g>
                  ))}
                </g>
                <g className="chart-axis chart-axis--time">
                  {years.map((year) => (
                    <g key={year}>
                      <line
                        x1={x(year + 0.5)}
                        x2={x(year + 0.5)}
                        y1={top + PLOT_HEIGHT}
                        y2={top + PLOT_HEIGHT + 5}
                        stroke={chartPalette.inkMuted}
                      />
                      <text
                        x={x(year + 0.5)}
                        y={top + PLOT_HEIGHT + 18}
                        textAnchor="middle"
                        fontSize={FONT}
                        fill={chartPalette.inkMuted}
                      >
                        {year}
                      </text>
                    </g>
                  ))}
                  <text
                    x={left}
                    y={top + PLOT_HEIGHT + 36}
                    fontSize={FONT}
                    fill={chartPalette.inkMuted}
                  >
                    {panel.unitLabel}
                  </text>
                </g>
                {panel.series.map((s) => (
                  <SeriesMarks
                    key={s.key}
                    series={s}
                    scale={{ x, y }}
                    r={4.5}
                    atLeast={t('dashboard.line.atLeast')}
                    active={focus?.series === s.key ? focus.index : null}
                  />
                ))}
                <LineLegend layout={kindLegend} x={4} y={legendTop} />
                {endLabels && (
                  <g className="chart-end-labels">
                    {ends.map((l) => (
                      <g key={l.key}>
                        <line
                          x1={left + plotWidth + 4}
                          x2={left + plotWidth + 12}
                          y1={l.y}
                          y2={l.y}
                          stroke={l.colour}
                          strokeWidth={3}
                        />
                        <text
                          x={left + plotWidth + 15}
                          y={l.y + 4}
                          fontSize={FONT}
                          fontWeight={600}
                          fill={chartPalette.ink}
                        >
                          {l.text}
                        </text>
                      </g>
                    ))}
                  </g>
                )}
              </svg>
            </div>
          )
        }}
      </ChartStepper>
    </div>
  )
}
