import { setupWorker } from 'msw/browser'
import { handlersForScenario } from './handlers'

/** Development only: serves the data through msw in the named scenario. */
export async function startMockWorker(scenario: string): Promise<void> {
  const worker = setupWorker(...handlersForScenario(scenario))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: false })
}
