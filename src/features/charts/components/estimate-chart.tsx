// Loaded on demand (React.lazy) so the overview never waits for recharts.
import { useId, useMemo, useRef } from 'react'
import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { formatNumber } from '@/domain/format-estimate'
import { barExtent, type ChartModel, type ChartRow } from '@/features/charts/model/chart-model'
import {
  AXIS_HEIGHT,
  BAR_HEIGHT,
  CHART_MARGIN as MARGIN,
  barChartHeight,
  fitScale,
  labelBaselines,
  labelWrapWidth,
  layoutLabels,
} from '@/features/charts/model/chart-layout'
import { chartPalette } from '@/features/charts/model/palette'
import { EstimateShape } from '@/features/charts/components/estimate-shape'
import { ChartStepper } from '@/features/charts/components/chart-stepper'
import { describePoint } from '@/features/charts/model/shape-summary'
import { useElementWidth } from '@/features/charts/use-element-width'
import { useLanguage } from '@/lib/language'

export interface EstimateChartProps {
  model: ChartModel
  /** The text alternative; the drawing is one image to assistive technology. */
  summary: string
}

interface TickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
}

/** Horizontal bars, one per figure, each drawn as its estimate kind; the unit names the axis. */
export function EstimateChart({ model, summary }: EstimateChartProps) {
  const { lang, t } = useLanguage()
  const uid = useId().replace(/:/g, '')
  const ref = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ref, 640)
  const plotWidth = Math.max(100, width - MARGIN.left - MARGIN.right)
  // Ticks are bare numbers; the axis label carries the unit and currency ("US dollars").
  const formatTick = (value: number) => formatNumber(value, lang)
  const scale = fitScale(model.axisMax, plotWidth, formatTick)
  // Wrapped at one of two widths, so the height is one the prerendered page drew (plain-bars.tsx).
  const wrap = labelWrapWidth(plotWidth)
  const layout = useMemo(() => layoutLabels(model.rows, wrap), [model.rows, wrap])
  const baselines = labelBaselines(layout)
  const data = model.rows.map((row) => ({ ...row, extent: barExtent(row, scale.max) }))
  const height = barChartHeight(model.rows.length, layout)

  const labels = useMemo(
    () =>
      model.rows.map((row, i) => describePoint(row.description, i + 1, model.rows.length, lang, t)),
    [model.rows, lang, t],
  )
  const renderShape = (active: number | null) => (props: BarShapeProps) => {
    const row = props.payload as ChartRow
    return (
      <EstimateShape
        row={row}
        labels={layout.labels.get(row.key) ?? { place: [], value: [] }}
        baselines={baselines}
        top={props.y}
        labelHeight={layout.labelHeight}
        plotX={props.background?.x ?? MARGIN.left}
        plotWidth={props.background?.width ?? plotWidth}
        scaleMax={scale.max}
        gradientId={`fade-${uid}-${props.index}`}
        active={active === props.index}
      />
    )
  }
  // End ticks are anchored inwards so their labels stay inside the chart at any width.
  const renderTick = ({ x = 0, y = 0, payload }: TickProps) => {
    const value = Number(payload?.value ?? 0)
    const anchor = value === 0 ? 'start' : value === scale.max ? 'end' : 'middle'
    return (
      <text
        x={Number(x)}
        y={Number(y) + 14}
        textAnchor={anchor}
        fontSize={12}
        fill={chartPalette.inkMuted}
      >
        {formatTick(value)}
      </text>
    )
  }
  return (
    <ChartStepper labels={labels}>
      {(active) => (
        <div ref={ref} className="estimate-chart" role="img" aria-label={summary} data-chart="bar">
          <BarChart
            width={width}
            height={height}
            data={data}
            layout="vertical"
            barSize={layout.labelHeight + BAR_HEIGHT}
            margin={MARGIN}
            accessibilityLayer={false}
          >
            <XAxis
              type="number"
              domain={[0, scale.max]}
              ticks={scale.ticks}
              interval={0}
              allowDataOverflow
              tick={renderTick}
              stroke={chartPalette.grid}
              height={AXIS_HEIGHT}
              label={{
                value: model.unitLabel,
                position: 'insideBottom',
                offset: -22,
                fontSize: 12,
                fill: chartPalette.inkMuted,
              }}
            />
            <YAxis type="category" dataKey="key" hide />
            <Bar dataKey="extent" isAnimationActive={false} shape={renderShape(active)} />
          </BarChart>
        </div>
      )}
    </ChartStepper>
  )
}
