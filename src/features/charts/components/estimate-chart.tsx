// Loaded on demand (React.lazy) so the overview never waits for recharts.
import { useId } from 'react'
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { formatEstimate } from '@/domain/format-estimate'
import type { ChartModel, ChartRow } from '@/features/charts/model/chart-model'
import { chartPalette } from '@/features/charts/model/palette'
import { EstimateShape } from '@/features/charts/components/estimate-shape'
import { useLanguage } from '@/lib/language'

const ROW_HEIGHT = 88
const BAR_HEIGHT = 20
const AXIS_HEIGHT = 56

export interface EstimateChartProps {
  model: ChartModel
  /** The text alternative; the drawing is one image to assistive technology. */
  summary: string
}

/** Horizontal bars, one per figure, each drawn as its estimate kind; units on the axis. */
export function EstimateChart({ model, summary }: EstimateChartProps) {
  const { lang, t } = useLanguage()
  const uid = useId().replace(/:/g, '')
  const height = model.rows.length * ROW_HEIGHT + AXIS_HEIGHT
  const formatTick = (value: number) => formatEstimate({ kind: 'point', value }, model, lang, t)
  const renderShape = (props: BarShapeProps) => {
    const row = props.payload as ChartRow
    return (
      <EstimateShape
        row={row}
        y={props.y}
        barHeight={props.height}
        plotX={props.background?.x ?? props.x}
        plotWidth={props.background?.width ?? props.width}
        scaleMax={model.scale.max}
        gradientId={`fade-${uid}-${props.index}`}
      />
    )
  }
  return (
    <div className="estimate-chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart data={model.rows} layout="vertical" barSize={BAR_HEIGHT} margin={{ top: 4, right: 16, bottom: 24, left: 16 }} accessibilityLayer={false}>
          <XAxis
            type="number"
            domain={[0, model.scale.max]}
            ticks={model.scale.ticks}
            allowDataOverflow
            tickFormatter={formatTick}
            tick={{ fontSize: 12, fill: chartPalette.inkMuted }}
            stroke={chartPalette.grid}
            label={{ value: model.unitLabel, position: 'insideBottom', offset: -18, fontSize: 12, fill: chartPalette.inkMuted }}
          />
          <YAxis type="category" dataKey="key" hide />
          <Bar dataKey="extent" isAnimationActive={false} shape={renderShape} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
