import { lazy, Suspense } from 'react'
import { ChartErrorBoundary } from '@/features/charts/components/chart-error-boundary'
import type { CountryMapProps } from '@/features/map/components/country-map'
import { useLanguage } from '@/lib/language'
import { loadOnce } from '@/lib/load-once'

/**
 * The map's code and boundaries are one chunk, fetched when the Map tab is about to be shown
 * (pointer over or focus on the tab) or is shown: never part of the first view
 * (scripts/bench-size.ts reports it against its own budget).
 */
export const loadCountryMap = loadOnce(() => import('@/features/map/components/country-map'))
const CountryMap = lazy(() => loadCountryMap().then((m) => ({ default: m.CountryMap })))

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
