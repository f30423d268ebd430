// "No figure matches", with what would: loaded when first shown, as most views never show it
// (budget per route: scripts/bench-size.ts). Never part of a prerendered page (they have no filter).
import { lazy, Suspense, type ComponentProps } from 'react'
import { loadGroup } from '@/lib/i18n'
import type { NoMatchFor } from '@/features/filters/components/no-match-notice'

const Notice = lazy(() =>
  Promise.all([import('@/features/filters/components/no-match-notice'), loadGroup('filters')]).then(
    ([m]) => ({ default: m.NoMatchFor }),
  ),
)

export function NoMatch(props: ComponentProps<typeof NoMatchFor>) {
  return (
    <Suspense fallback={null}>
      <Notice {...props} />
    </Suspense>
  )
}
