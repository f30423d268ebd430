// "No figure matches", with what would: loaded when first shown, as most views never show it
// (budget per route: scripts/bench-size.ts). Never part of a prerendered page (they have no filter).
import { lazy, Suspense, type ComponentProps } from 'react'
import type { NoMatchFor } from '@/features/filters/components/no-match-notice'

const Notice = lazy(() =>
  import('@/features/filters/components/no-match-notice').then((m) => ({ default: m.NoMatchFor })),
)

export function NoMatch(props: ComponentProps<typeof NoMatchFor>) {
  return (
    <Suspense fallback={null}>
      <Notice {...props} />
    </Suspense>
  )
}
