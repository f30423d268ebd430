// The importer's operations behind one interface: analyse a file, commit or drop the analysis,
// load, remove, and the quarantine of stored imports that no longer pass the schema. The local
// engine (local-engine.ts) does the work; in the browser it runs inside the Web Worker
// (import.worker.ts), and the page's engine forwards each call to it.
import type { ImportContext } from '@/features/import/model/import-context'
import type { AnalysisSummary } from '@/features/import/model/import-types'
import type { ImportChoices } from '@/features/import/model/commit-choices'
// Types only: the stored-import checks (with the schema library) run in the worker, not on the page.
import type {
  PackedImport,
  StoredImport,
  StoredImportSummary,
} from '@/features/import/model/stored-import'
import {
  idbStorage,
  memoryStorage,
  type KeyValueStorage,
} from '@/features/import/api/import-storage'
import { loadOnce } from '@/lib/load-once'
import { workerCalls } from '@/lib/worker-calls'

/** A stored value set aside because it failed the schema; kept so nothing is lost. */
export interface QuarantineEntry {
  key: string
  reason: string
  quarantinedAt: string
  /** The file name, when the value still names one. */
  fileName: string | null
}

export interface LoadedImports {
  imports: StoredImport[]
  /** Everything set aside so far (without the values, which can be large). */
  quarantine: QuarantineEntry[]
}

export interface CommitOptions extends ImportChoices {
  /** The person saw the invalid rows and chose to import only the valid ones. */
  acceptInvalidRows: boolean
}

export interface ImportEngine {
  analyse(file: Blob, fileName: string, context: ImportContext): Promise<AnalysisSummary>
  commit(analysisId: string, options: CommitOptions): Promise<StoredImportSummary>
  discard(analysisId: string): Promise<void>
  load(): Promise<LoadedImports>
  remove(importId: string): Promise<void>
  /** The set-aside values in full, for the person to download. */
  readQuarantine(): Promise<unknown>
  clearQuarantine(): Promise<void>
}

/**
 * An engine error as a person reads it. The engine's refusals are message keys
 * (import.engineError.*), since the worker passes an error on as its message only: they are
 * said in the page's language; anything else as it came.
 */
export function describeImportError(error: Error, t: (key: string) => string): string {
  return error.message.startsWith('import.engineError.') ? t(error.message) : error.message
}

export const IMPORT_KEY_PREFIX = 'import:'
export const QUARANTINE_KEY = 'quarantine'

type Method = keyof ImportEngine

/** A call as it crosses to the worker. */
export type WorkerRequest = { method: Method; args: unknown[] }

/**
 * The engine whose every method hands its name and arguments to `send` (the worker, or a module
 * loaded on first use). `load` first looks whether anything is stored at all: most visits have
 * no imports, and they should not wait for the importer to start.
 */
function forwardEngine(
  send: (method: Method, args: unknown[]) => Promise<unknown>,
  storage: KeyValueStorage,
): ImportEngine {
  const forward = <M extends Method>(method: M) =>
    ((...args: unknown[]) => send(method, args)) as ImportEngine[M]
  return {
    analyse: forward('analyse'),
    commit: forward('commit'),
    discard: forward('discard'),
    load: async () => {
      const keys = await storage.keys()
      return keys.some((key) => key.startsWith(IMPORT_KEY_PREFIX) || key === QUARANTINE_KEY)
        ? ((await send('load', [])) as LoadedImports)
        : { imports: [], quarantine: [] }
    },
    remove: forward('remove'),
    readQuarantine: forward('readQuarantine'),
    clearQuarantine: forward('clearQuarantine'),
  }
}

type PackedLoaded = Omit<LoadedImports, 'imports'> & { imports: PackedImport[] }

/** The worker sends the imports packed: copying 100,000 figure objects would block the page for a second. */
async function unpackLoaded(loaded: PackedLoaded): Promise<LoadedImports> {
  const { unpackFigures } = await import('@/features/import/model/pack-figures')
  return {
    ...loaded,
    imports: loaded.imports.map(({ packed, ...rest }) => ({
      ...rest,
      figures: unpackFigures(packed),
    })),
  }
}

let engine: ImportEngine | null = null

/** The app's engine: the Web Worker where the platform has workers, in-thread otherwise (jsdom). */
export function getImportEngine(): ImportEngine {
  if (engine) return engine
  if (typeof Worker !== 'undefined') {
    const call = workerCalls(
      () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
      'the import worker stopped',
    )
    return (engine = forwardEngine(async (method, args) => {
      const value = await call({ method, args } satisfies WorkerRequest)
      return method === 'load' ? unpackLoaded(value as PackedLoaded) : value
    }, idbStorage()))
  }
  const storage = typeof indexedDB === 'undefined' ? memoryStorage() : idbStorage()
  // The in-thread engine loads on first use, so the analyser stays out of the page's first bundle.
  const local = loadOnce(() =>
    import('@/features/import/api/local-engine').then((m) => m.createLocalEngine(storage)),
  )
  return (engine = forwardEngine(async (method, args) => {
    const run = (await local())[method] as (...a: unknown[]) => Promise<unknown>
    return run(...args)
  }, storage))
}

/** Tests give each case a fresh engine (and storage). */
export function setImportEngine(next: ImportEngine | null): void {
  engine = next
}
