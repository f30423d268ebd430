import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import '@/app/styles.css'

/** In development only, `?scenario=slow|failing|empty|malformed` serves the data through msw. */
async function startDevScenario(): Promise<void> {
  if (!import.meta.env.DEV) return
  const scenario = new URLSearchParams(window.location.search).get('scenario')
  if (!scenario) return
  const { startMockWorker } = await import('@mocks/browser')
  await startMockWorker(scenario)
}

void startDevScenario().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
