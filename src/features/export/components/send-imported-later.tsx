// "Send the imported figures" shows only where a view holds imported figures, so its code and
// texts load then, not with the view (budget per route: scripts/bench-size.ts).
import { lazy, Suspense, type ComponentProps } from 'react'
import { loadGroup } from '@/lib/i18n'
import type { SendImportedFigures as Send } from '@/features/export/components/send-imported-figures'

const SendImported = lazy(() =>
  Promise.all([
    import('@/features/export/components/send-imported-figures'),
    loadGroup('export'),
  ]).then(([m]) => ({ default: m.SendImportedFigures })),
)

export function SendImportedFigures(props: ComponentProps<typeof Send>) {
  if (!props.matches.some((m) => m.figure.origin.kind === 'imported')) return null
  return (
    <Suspense fallback={null}>
      <SendImported {...props} />
    </Suspense>
  )
}
