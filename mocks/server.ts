import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The test server; tests switch scenarios with server.use(datasetHandlers.failing) etc. */
export const server = setupServer(...handlers)
