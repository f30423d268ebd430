// The importer's operations behind one interface: analyse a file, commit or drop the analysis,
// load, remove, and the quarantine of stored imports that no longer pass the schema. The local
// engine does the work where it runs; in the browser it runs inside the Web Worker
// (import.worker.ts) and the page talks to it through the worker engine below.
// The local engine (local-engine.ts) does the work where it runs.
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
  defaultStorage,
  idbStorage,
  STORAGE_FAILED,
  type KeyValueStorage,
} from '@/features/import/api/import-storage'
import { loadOnce } from '@/lib/load-once'

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
 * Refusals of the engine a person can meet, as message keys: the worker passes an error on as
 * its message only, and the page says it in its own language (describeImportError).
 */
export const engineErrors = {
  analysisGone: 'import.engineError.analysisGone',
  invalidRowsNotAccepted: 'import.engineError.invalidRowsNotAccepted',
  unitChoiceNeeded: 'import.engineError.unitChoiceNeeded',
  storageFailed: STORAGE_FAILED,
} as const

/** An engine error as a person reads it: a refusal in the page's language, anything else as it came. */
export function describeImportError(error: Error, t: (key: string) => string): string {
  const known: string[] = Object.values(engineErrors)
  return known.includes(error.message) ? t(error.message) : error.message
}

export const IMPORT_KEY_PREFIX = 'import:'
export const QUARANTINE_KEY = 'quarantine'

type Method = keyof ImportEngine
export interface WorkerRequest {
  id: number
  method: Method
  args: unknown[]
}
export type WorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }

/**
 * The engine that sends each call to the import worker and waits for its answer. With
 * `storage`, a load first looks whether anything is stored at all: most visits have no imports,
 * and they should not wait for the worker to start.
 */
export function createWorkerEngine(
  createWorker: () => Worker,
  storage?: KeyValueStorage,
): ImportEngine {
  let next = 0
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let worker: Worker | null = null
  // Started on first use, so a visit that never imports never downloads the importer.
  const getWorker = (): Worker => {
    if (worker) return worker
    worker = createWorker()
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const call = pending.get(event.data.id)
      if (!call) return
      pending.delete(event.data.id)
      if (event.data.ok) call.resolve(event.data.value)
      else call.reject(new Error(event.data.error))
    })
    worker.addEventListener('error', (event) => {
      for (const call of pending.values())
        call.reject(new Error(event.message || 'the import worker stopped'))
      pending.clear()
      worker = null
    })
    return worker
  }
  const call = (method: Method) =>
    ((...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = ++next
        pending.set(id, { resolve, reject })
        getWorker().postMessage({ id, method, args } satisfies WorkerRequest)
      })) as never
  return {
    analyse: call('analyse'),
    commit: call('commit'),
    discard: call('discard'),
    load: async () => {
      if (storage && !(await hasStoredImports(storage))) return { imports: [], quarantine: [] }
      const loaded = (await (call('load') as () => Promise<unknown>)()) as Omit<
        LoadedImports,
        'imports'
      > & { imports: PackedImport[] }
      // Loaded only when something is stored (the worker has started by then anyway).
      const { unpackFigures } = await import('@/features/import/model/pack-figures')
      return {
        ...loaded,
        imports: loaded.imports.map(({ packed, ...rest }) => ({
          ...rest,
          figures: unpackFigures(packed),
        })),
      }
    },
    remove: call('remove'),
    readQuarantine: call('readQuarantine'),
    clearQuarantine: call('clearQuarantine'),
  }
}

let engine: ImportEngine | null = null

/** The app's engine: the Web Worker where the platform has workers, in-thread otherwise (jsdom). */
export function getImportEngine(): ImportEngine {
  if (engine) return engine
  if (typeof Worker !== 'undefined') {
    engine = createWorkerEngine(
      () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
      idbStorage(),
    )
    return engine
  }
  engine = createLazyLocalEngine(defaultStorage())
  return engine
}

/** The in-thread engine, loaded on first use; a load with nothing stored does not load it at all. */
function createLazyLocalEngine(storage: KeyValueStorage): ImportEngine {
  const loadEngine = loadOnce(() =>
    import('@/features/import/api/local-engine').then((m) => m.createLocalEngine(storage)),
  )
  const call =
    (method: Method) =>
    async (...args: unknown[]) =>
      ((await loadEngine())[method] as (...a: unknown[]) => Promise<unknown>)(...args)
  return {
    analyse: call('analyse') as ImportEngine['analyse'],
    commit: call('commit') as ImportEngine['commit'],
    discard: call('discard') as ImportEngine['discard'],
    load: async () =>
      (await hasStoredImports(storage))
        ? (call('load') as ImportEngine['load'])()
        : { imports: [], quarantine: [] },
    remove: call('remove') as ImportEngine['remove'],
    readQuarantine: call('readQuarantine') as ImportEngine['readQuarantine'],
    clearQuarantine: call('clearQuarantine') as ImportEngine['clearQuarantine'],
  }
}

async function hasStoredImports(storage: KeyValueStorage): Promise<boolean> {
  return (await storage.keys()).some(
    (key) => key.startsWith(IMPORT_KEY_PREFIX) || key === QUARANTINE_KEY,
  )
}

/** Tests give each case a fresh engine (and storage). */
export function setImportEngine(next: ImportEngine | null): void {
  engine = next
}
