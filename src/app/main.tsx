import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { prepareFirstRender } from '@/app/prerendered-state'
import { createQueryClient } from '@/lib/query-client'
import { loadStartupMessages } from '@/lib/i18n'

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
  if (hydrate) startTransition(() => void hydrateRoot(root, app))
  else createRoot(root).render(app)
}

void start()
