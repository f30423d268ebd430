import '@testing-library/jest-dom/vitest'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { cleanup } from '@testing-library/react'
import { server } from '@mocks/server'
import { loadAllMessages } from '@/lib/i18n'

// The app loads messages per language and view; tests get them all before any test file runs.
await loadAllMessages()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  cleanup()
  window.history.replaceState(null, '', '/')
  window.localStorage.clear()
})
afterAll(() => server.close())
