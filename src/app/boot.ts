// The page's entry. The served HTML already shows the view its address names, with its figures,
// caveats and sources (scripts/prerender.ts), so the app's code is fetched only once the browser
// has painted it: on a slow connection the page is readable while the scripts download, and
// React then takes over (app/main.tsx). A page the build did not render (a link with filters,
// an old query-form link served the overview) needs its view's code at once, alongside the
// app's. The page's messages load alongside the app, not after it.
import '@/app/styles.css'
import { loadStartupMessages } from '@/lib/i18n'
import { legacyRedirect } from '@/lib/routing/location'
import { viewAt, viewLoaders } from '@/app/view-loaders'
import { PRERENDERED_STATE_ID, servedLocation } from '@/app/prerendered-id'

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

// A link in the query form (/?view=sources&lang=es) moves to its path, filters kept, before
// anything reads the address; the history entry is replaced, so Back does not return to it.
const moved = legacyRedirect(window.location.pathname, window.location.search)
if (moved) window.history.replaceState(window.history.state, '', `${moved}${window.location.hash}`)

const view = viewAt(window.location.pathname, window.location.search)
const served = document.getElementById(PRERENDERED_STATE_ID)?.dataset.location
const asServed = served === servedLocation(window.location.pathname, window.location.search)

// A failed load is reported by the app (main.tsx, routes.tsx), which loads the same again.
if (view) {
  // The view's code and messages, alongside the app's.
  const loadView = viewLoaders[view]
  const start = () => {
    void loadView().catch(() => undefined)
    void startApp().catch(() => undefined)
  }
  if (asServed) afterFirstPaint(start)
  else start()
} else afterFirstPaint(() => void startApp().catch(() => undefined))
