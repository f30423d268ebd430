// The overview card's small chart: the shape of an indicator's figures before opening it. Plain
// SVG (recharts stays out of the overview), loaded as its own chunk after the first view; the
// prerendered overview already holds its drawing. Lines over time or ranked bars, by the same
// rule and with the same honest marks as the indicator's charts.
import { useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFigure, type FigureDescription } from '@/domain/figure-description'
import type { FigureMatch } from '@/domain/geography'
import { estimateBounds, formatNumber } from '@/domain/format-estimate'
import { niceScale } from '@/features/charts/model/chart-scale'
import { defaultChartType } from '@/features/charts/model/chart-type'
import { LOWER_BOUND_HEADROOM } from '@/features/charts/model/chart-model'
import { buildLinePanels, type LinePanel } from '@/features/charts/model/line-model'
import { chartPalette } from '@/features/charts/model/palette'
import { describeRanking } from '@/features/charts/model/shape-summary'
import { describeTrend } from '@/features/charts/model/line-summary'
import { SeriesMarks } from '@/features/charts/components/line-marks'
import { useLanguage } from '@/lib/language'

const W = 320
const FONT = 11
/** Ranked bars shown on a card; the rest are in the indicator's chart. */
const MAX_BARS = 6

function SmallLines({
  panel,
  label,
  atLeast,
}: {
  panel: LinePanel
  label: string
  atLeast: string
}) {
  const { lang } = useLanguage()
  const top = 8
  const plotH = 80
  const left = 4
  const right = W - 4
  const scale = niceScale(panel.valueMax, 2)
  const span = Math.max(1e-6, panel.timeMax - panel.timeMin)
  const x = (time: number) => left + ((time - panel.timeMin) / span) * (right - left)
  const y = (value: number) => top + plotH - (value / scale.max) * plotH
  const firstYear = Math.floor(panel.timeMin)
  const lastYear = Math.ceil(panel.timeMax) - 1
  return (
    <svg
      className="small-chart"
      viewBox={`0 0 ${W} ${top + plotH + 18}`}
      role="img"
      aria-label={label}
      data-chart="small-line"
    >
      <line x1={left} x2={right} y1={y(0)} y2={y(0)} stroke={chartPalette.grid} />
      <line
        x1={left}
        x2={right}
        y1={y(scale.max)}
        y2={y(scale.max)}
        stroke={chartPalette.grid}
        strokeDasharray="2 3"
      />
      <text x={left} y={y(scale.max) - 2 + FONT} fontSize={FONT} fill={chartPalette.inkMuted}>
        {formatNumber(scale.max, lang)}
      </text>
      {panel.series.map((s) => (
        <SeriesMarks
          key={s.key}
          series={s}
          scale={{ x, y }}
          r={3}
          atLeast={panel.series.length === 1 ? atLeast : undefined}
        />
      ))}
      <text x={left} y={top + plotH + 15} fontSize={FONT} fill={chartPalette.inkMuted}>
        {firstYear}
      </text>
      <text
        x={right}
        y={top + plotH + 15}
        fontSize={FONT}
        fill={chartPalette.inkMuted}
        textAnchor="end"
      >
        {lastYear}
      </text>
    </svg>
  )
}

function SmallBars({
  descriptions,
  label,
  atLeast,
}: {
  descriptions: FigureDescription[]
  label: string
  atLeast: string
}) {
  const ranked = descriptions.slice(0, MAX_BARS)
  const tops = ranked.map((d) => {
    const b = estimateBounds(d.figure.estimate)
    return b.high ?? b.low * LOWER_BOUND_HEADROOM
  })
  const max = Math.max(...tops, 1)
  const row = 26
  const at = (v: number) => 4 + (v / max) * (W - 8)
  const c = chartPalette.bar
  return (
    <svg
      className="small-chart"
      viewBox={`0 0 ${W} ${ranked.length * row + 2}`}
      role="img"
      aria-label={label}
      data-chart="small-bar"
    >
      {ranked.map((d, i) => {
        const { low, high } = estimateBounds(d.figure.estimate)
        const y = i * row + 13
        const data = {
          'data-figure-id': d.figure.id,
          'data-kind': d.estimateKind,
          'data-place': d.placeName.text,
          'data-period': d.period,
          ...(d.estimateKind === 'range'
            ? { 'data-low': low, 'data-high': high ?? undefined }
            : { 'data-value': low }),
        }
        return (
          <g key={d.figure.id} className="mark" {...data}>
            <text x={4} y={y - 3} fontSize={FONT} fill={chartPalette.inkMuted}>
              {d.placeName.text}, {d.period}: {d.value}
            </text>
            {d.estimateKind === 'range' && high !== null ? (
              <>
                <rect
                  x={at(low)}
                  y={y}
                  width={Math.max(1, at(high) - at(low))}
                  height={8}
                  fill={c}
                  fillOpacity={0.3}
                />
                <line x1={at(low)} x2={at(low)} y1={y - 2} y2={y + 10} stroke={c} strokeWidth={2} />
                <line
                  x1={at(high)}
                  x2={at(high)}
                  y1={y - 2}
                  y2={y + 10}
                  stroke={c}
                  strokeWidth={2}
                />
              </>
            ) : (
              <rect
                x={4}
                y={y}
                width={Math.max(1, at(low) - 4)}
                height={8}
                fill={c}
                // An upper bound ("up to") is a faint bar with an end mark: the value may be lower.
                fillOpacity={d.estimateKind === 'upper-bound' ? 0.3 : 1}
              />
            )}
            {d.estimateKind === 'upper-bound' && (
              <line x1={at(low)} x2={at(low)} y1={y - 2} y2={y + 10} stroke={c} strokeWidth={3} />
            )}
            {d.estimateKind === 'lower-bound' && (
              <>
                <line
                  x1={at(low)}
                  x2={W - 8}
                  y1={y + 4}
                  y2={y + 4}
                  stroke={c}
                  strokeWidth={2}
                  strokeDasharray="3 2"
                />
                <path
                  d={`M ${W - 12} ${y} L ${W - 6} ${y + 4} L ${W - 12} ${y + 8}`}
                  fill="none"
                  stroke={c}
                  strokeWidth={2}
                />
                <text x={W - 14} y={y - 3} fontSize={FONT} fill={c} textAnchor="end">
                  {atLeast}
                </text>
              </>
            )}
          </g>
        )
      })}
    </svg>
  )
}

/** A small chart of an indicator's figures shown on its overview card (two or more figures). */
export function SmallChart({ index, matches }: { index: DatasetIndex; matches: FigureMatch[] }) {
  const { lang, t } = useLanguage()
  const descriptions = useMemo(
    () => matches.map((m) => describeFigure(m, index, lang, t)),
    [matches, index, lang, t],
  )
  const type = defaultChartType(descriptions)
  if (type === 'line') {
    const [panel] = buildLinePanels(descriptions)
    if (!panel) return null
    const label = t('charts.small.label', {
      count: descriptions.length,
      shape: describeTrend([panel], lang, t),
    })
    return <SmallLines panel={panel} label={label} atLeast={t('charts.small.atLeast')} />
  }
  const ranked = [...descriptions].sort(
    (a, b) => estimateBounds(b.figure.estimate).low - estimateBounds(a.figure.estimate).low,
  )
  const label = t('charts.small.label', {
    count: descriptions.length,
    shape: describeRanking(descriptions, lang, t),
  })
  return <SmallBars descriptions={ranked} label={label} atLeast={t('charts.small.atLeast')} />
}
