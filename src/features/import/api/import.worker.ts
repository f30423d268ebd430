/// <reference lib="webworker" />
// The import worker: parsing, validation and storage of imports happen here, off the main
// thread, so a 100,000-row file never freezes the page.
import type { LoadedImports, WorkerRequest } from '@/features/import/api/import-engine'
import { packImport } from '@/features/import/model/stored-import'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { idbStorage } from '@/features/import/api/import-storage'
import { answerCalls } from '@/lib/worker-calls'

const engine = createLocalEngine(idbStorage())

// Each request names a method of the engine (import-engine.ts) and its arguments. The imports
// cross to the page packed: copying 100,000 figure objects would block it for a second.
answerCalls(async ({ method, args }: WorkerRequest) => {
  const value = await (engine[method] as (...a: unknown[]) => Promise<unknown>)(...args)
  if (method !== 'load') return value
  const loaded = value as LoadedImports
  return { ...loaded, imports: loaded.imports.map((record) => packImport(record)) }
})
