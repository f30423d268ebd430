// Where the briefing pack's bar goes: nothing until a figure is added, then the bar, whose code
// and texts load at that moment (the first view's budget, scripts/bench-size.ts).
import { lazy, Suspense } from 'react'
import { loadGroup } from '@/lib/i18n'
import { useBriefingPack } from '@/features/export/stores/briefing-pack-store'

const BriefingPackBar = lazy(() =>
  Promise.all([import('@/features/export/components/briefing-pack-bar'), loadGroup('export')]).then(
    ([m]) => ({ default: m.BriefingPackBar }),
  ),
)

export function BriefingPackSlot() {
  const count = useBriefingPack((s) => s.ids.length)
  if (count === 0) return null
  return (
    <Suspense fallback={null}>
      <BriefingPackBar />
    </Suspense>
  )
}
