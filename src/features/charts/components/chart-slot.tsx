import { lazy, Suspense } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import type { ChartModel } from '@/features/charts/model/chart-model'
import type { LinePanel } from '@/features/charts/model/line-model'
import { ChartErrorBoundary } from '@/features/charts/components/chart-error-boundary'
import { ChartTextAlternative } from '@/features/charts/components/chart-text-alternative'
import { PlainBars } from '@/features/charts/components/plain-bars'
import { useLanguage } from '@/lib/language'
import { ClientOnlyError, isServer } from '@/lib/client-only'

// Chart code is only fetched when a chart is shown, never for the overview's first paint;
// recharts only with the bars.
const EstimateChart = lazy(() =>
  import('@/features/charts/components/estimate-chart').then((m) => ({ default: m.EstimateChart })),
)
const LineChart = lazy(() =>
  import('@/features/charts/components/line-chart').then((m) => ({ default: m.LineChart })),
)

/** What to draw: ranked bars of a bar model, or lines of a panel. */
export type ChartDrawing = { type: 'bar'; model: ChartModel } | { type: 'line'; panel: LinePanel }

interface ChartSlotProps {
  drawing: ChartDrawing
  /** The figures this chart draws. */
  descriptions: FigureDescription[]
  /** The chart's text alternative (the shape of the data in words). */
  summary: string
}

function drawingKey(drawing: ChartDrawing): string {
  return drawing.type === 'bar'
    ? drawing.model.rows.map((r) => r.key).join('|')
    : drawing.panel.series.flatMap((s) => s.points.map((p) => p.key)).join('|')
}

/** The bars, drawn in the browser only (lib/client-only.ts: recharts writes inline styles). */
function Bars(props: { model: ChartModel; summary: string }) {
  if (isServer()) throw new ClientOnlyError()
  return <EstimateChart {...props} />
}

/** A chart with its text alternative standing in while the code loads or if drawing fails. */
export function ChartSlot({ drawing, descriptions, summary }: ChartSlotProps) {
  const { t } = useLanguage()
  return (
    <ChartErrorBoundary
      resetKey={`${drawing.type}:${drawingKey(drawing)}`}
      fallback={
        <div className="chart-failed" role="alert">
          <ChartTextAlternative descriptions={descriptions} note={t('dashboard.chart.failed')} />
        </div>
      }
    >
      <Suspense
        fallback={
          // The bars stand in as plain SVG in the same box until recharts is in (plain-bars.tsx).
          drawing.type === 'bar' ? (
            <PlainBars model={drawing.model} summary={summary} />
          ) : (
            <ChartTextAlternative
              descriptions={descriptions}
              note={isServer() ? '' : t('dashboard.chart.loading')}
            />
          )
        }
      >
        {drawing.type === 'bar' ? (
          <Bars model={drawing.model} summary={summary} />
        ) : (
          <LineChart panel={drawing.panel} summary={summary} />
        )}
      </Suspense>
    </ChartErrorBoundary>
  )
}
