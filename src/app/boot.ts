// The page's entry. The served HTML already shows the overview with its figures, caveats and
// sources (scripts/prerender.ts), so for the overview the app's code is fetched only once the
// browser has painted it: on a slow connection the page is readable while the scripts download,
// and React then takes over (app/main.tsx). A link to another view needs its code to show
// anything, so that view's code is fetched at once, alongside the app's. The page's messages
// load alongside the app, not after it.
import '@/app/styles.css'
import { loadStartupMessages } from '@/lib/i18n'
import { isLazyView, viewLoaders } from '@/app/view-loaders'

function afterFirstPaint(run: () => void): void {
  // A hidden tab does not paint (no animation frames): start at once.
  if (document.visibilityState === 'hidden') setTimeout(run, 0)
  else requestAnimationFrame(() => setTimeout(run, 0))
}

/** Starts the app; resolves when the page's messages are in. */
function startApp(): Promise<void> {
  const messages = loadStartupMessages()
  void import('@/app/main')
  return messages
}

// A failed load is reported by the app (main.tsx, routes.tsx), which loads the same again.
const view = new URLSearchParams(window.location.search).get('view')
if (isLazyView(view)) {
  // The view's code at once; its messages once the page's language has its core messages.
  const loadView = viewLoaders[view]
  void loadView().catch(() => undefined)
  startApp()
    .then(loadView)
    .catch(() => undefined)
} else afterFirstPaint(() => void startApp().catch(() => undefined))
