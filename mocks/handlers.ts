import { datasetHandlers, type DatasetScenario } from './handlers/dataset'

/** The default handlers: every resource answering normally. */
export const handlers = [datasetHandlers.ok]

/** Handlers for a named development scenario, falling back to the normal ones. */
export function handlersForScenario(scenario: string) {
  const handler = datasetHandlers[scenario as DatasetScenario]
  return handler ? [handler] : handlers
}
