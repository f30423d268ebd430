import { lazy, Suspense } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import type { ChartModel } from '@/features/charts/model/chart-model'
import { summarizeChart } from '@/features/charts/model/chart-summary'
import { ChartErrorBoundary } from '@/features/charts/components/chart-error-boundary'
import { ChartTextAlternative } from '@/features/charts/components/chart-text-alternative'
import { useLanguage } from '@/lib/language'

// recharts is only fetched when a chart is shown, never for the overview's first paint.
const EstimateChart = lazy(() => import('@/features/charts/components/estimate-chart').then((m) => ({ default: m.EstimateChart })))

interface ChartSlotProps {
  model: ChartModel
  /** The figures this chart draws (same order as the model's rows). */
  descriptions: FigureDescription[]
}

/** A chart with its text alternative standing in while the code loads or if drawing fails. */
export function ChartSlot({ model, descriptions }: ChartSlotProps) {
  const { t } = useLanguage()
  const summary = summarizeChart(descriptions, t)
  return (
    <ChartErrorBoundary
      resetKey={model.rows.map((r) => r.key).join('|')}
      fallback={
        <div className="chart-failed" role="alert">
          <ChartTextAlternative descriptions={descriptions} note={t('dashboard.chart.failed')} />
        </div>
      }
    >
      <Suspense fallback={<ChartTextAlternative descriptions={descriptions} note={t('dashboard.chart.loading')} />}>
        <EstimateChart model={model} summary={summary} />
      </Suspense>
    </ChartErrorBoundary>
  )
}
