import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { prepareFirstRender } from '@/app/prerendered-state'
import { createQueryClient } from '@/lib/query-client'
import { loadStartupMessages } from '@/lib/i18n'
import { CLIENT_ONLY_DIGEST } from '@/lib/client-only'
import { viewAt, viewLoaders } from '@/app/view-loaders'

/** In development only, `?scenario=slow|failing|empty|malformed` serves the data through msw. */
async function startDevScenario(): Promise<void> {
  if (!import.meta.env.DEV) return
  const scenario = new URLSearchParams(window.location.search).get('scenario')
  if (!scenario) return
  const { startMockWorker } = await import('@mocks/browser')
  await startMockWorker(scenario)
}

async function start(): Promise<void> {
  const messages = loadStartupMessages()
  await startDevScenario()
  const queryClient = createQueryClient()
  const [{ hydrate }] = await Promise.all([prepareFirstRender(queryClient), messages])
  // A served page is hydrated once its view's code and messages are in (app/boot.ts started
  // them): a view still loading would stay dehydrated HTML, and an update reaching it meanwhile
  // (a group of messages arriving) would make React swap it for the loading fallback and back,
  // moving the page. A failed load is left to the view's boundary, which says so.
  const view = viewAt(window.location.pathname, window.location.search)
  if (hydrate && view) await viewLoaders[view]().catch(() => undefined)
  const root = document.getElementById('root')!
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  )
  // The served HTML is the overview (scripts/prerender.ts); any other view is drawn over it.
  // app/boot.ts loads this module after the served overview has been painted. Hydrating as a
  // transition lets React yield to the browser every few milliseconds, so a tap or a scroll
  // during take-over is not held up by one long task.
  // Boundaries the prerender left to the browser on purpose are drawn here without a complaint.
  const onRecoverableError = (error: unknown) => {
    if ((error as { digest?: string } | null)?.digest !== CLIENT_ONLY_DIGEST) reportError(error)
  }
  if (hydrate) startTransition(() => void hydrateRoot(root, app, { onRecoverableError }))
  else createRoot(root).render(app)
}

void start()
