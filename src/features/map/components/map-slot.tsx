import { lazy, Suspense } from 'react'
import { ChartErrorBoundary } from '@/features/charts/components/chart-error-boundary'
import type { CountryMapProps } from '@/features/map/components/country-map'
import { useLanguage } from '@/lib/language'

// The map's code and boundaries are one chunk, fetched only when the Map tab is shown: never
// part of the first view (scripts/bench-size.ts reports it against its own budget).
const CountryMap = lazy(() =>
  import('@/features/map/components/country-map').then((m) => ({ default: m.CountryMap })),
)

/** The map, with its text alternative standing in while the code loads or if drawing fails. */
export function MapSlot(props: CountryMapProps & { summary: string; drawKey: string }) {
  const { t } = useLanguage()
  const { summary, drawKey, ...map } = props
  return (
    <ChartErrorBoundary
      resetKey={drawKey}
      fallback={
        <div className="chart-failed" role="alert">
          <p>{t('map.failed')}</p>
          <p>{summary}</p>
        </div>
      }
    >
      <Suspense
        fallback={
          <div className="chart-loading">
            <p>{t('map.loading')}</p>
            <p>{summary}</p>
          </div>
        }
      >
        <CountryMap {...map} />
      </Suspense>
    </ChartErrorBoundary>
  )
}
