// The page's entry. The served HTML already shows the overview with its figures, caveats and
// sources (scripts/prerender.ts), so the app's code is fetched only once the browser has painted
// it: on a slow connection the page is readable while the scripts download, and React then takes
// over (app/main.tsx). The page's messages load alongside the app, not after it.
import '@/app/styles.css'
import { loadStartupMessages } from '@/lib/i18n'

function afterFirstPaint(run: () => void): void {
  // A hidden tab does not paint (no animation frames): start at once.
  if (document.visibilityState === 'hidden') setTimeout(run, 0)
  else requestAnimationFrame(() => setTimeout(run, 0))
}

afterFirstPaint(() => {
  void loadStartupMessages().catch(() => undefined) // main.tsx awaits the same load and reports a failure
  void import('@/app/main')
})
