/// <reference lib="webworker" />
// The import worker: parsing, validation and storage of imports happen here, off the main
// thread, so a 100,000-row file never freezes the page.
import type {
  LoadedImports,
  WorkerRequest,
  WorkerResponse,
} from '@/features/import/api/import-engine'
import { packImport } from '@/features/import/model/stored-import'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { idbStorage } from '@/features/import/api/import-storage'
import { loadAllMessages } from '@/lib/i18n'

const engine = createLocalEngine(idbStorage())

// Imports cross to the page packed: copying 100,000 figure objects would block it for a second.
function packLoaded(loaded: LoadedImports) {
  return { ...loaded, imports: loaded.imports.map((record) => packImport(record)) }
}

// Labels are matched in both languages; the worker has its own copy of the messages.
const messages = loadAllMessages()

// Each request names a method of the engine (import-engine.ts) and its arguments.
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, method, args } = event.data
  const run = engine[method] as (...a: unknown[]) => Promise<unknown>
  messages
    .then(() => run(...args))
    .then(
      (value) =>
        self.postMessage({
          id,
          ok: true,
          value: method === 'load' ? packLoaded(value as LoadedImports) : value,
        } satisfies WorkerResponse),
      (error: unknown) =>
        self.postMessage({
          id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        } satisfies WorkerResponse),
    )
})
