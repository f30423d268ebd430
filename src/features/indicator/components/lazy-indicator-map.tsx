// The Map tab's code (its model, table and period choice) and its messages load when the tab is
// about to be chosen or is shown, not with the indicator view: the view's first view is a chart
// (budget per route: scripts/bench-size.ts). The drawing itself is a chunk of its own (map-slot.tsx).
import { lazy, Suspense, type ComponentProps } from 'react'
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'
import { useLanguage } from '@/lib/language'

const loadIndicatorMap = loadOnce(() =>
  Promise.all([import('@/features/indicator/components/indicator-map'), loadGroup('map')]).then(
    ([m]) => m,
  ),
)

/** Starts loading the Map tab and the map's drawing (pointer over or focus on the tab). */
export const prefetchIndicatorMap = (): void =>
  void loadIndicatorMap()
    .then((m) => m.loadCountryMap())
    .catch(() => undefined)

const IndicatorMapCode = lazy(() => loadIndicatorMap().then((m) => ({ default: m.IndicatorMap })))

type IndicatorMapProps = ComponentProps<
  Awaited<ReturnType<typeof loadIndicatorMap>>['IndicatorMap']
>

export function IndicatorMap(props: IndicatorMapProps) {
  const { t } = useLanguage()
  return (
    <Suspense
      fallback={
        <p className="status status--loading" role="status">
          {t('app.loading')}
        </p>
      }
    >
      <IndicatorMapCode {...props} />
    </Suspense>
  )
}
