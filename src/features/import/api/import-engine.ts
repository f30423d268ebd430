// The importer's operations behind one interface: analyse a file, commit or drop the analysis,
// load, remove, and the quarantine of stored imports that no longer pass the schema. The local
// engine (local-engine.ts) does the work where it runs; in the browser it runs inside the Web
// Worker (import.worker.ts) and the page talks to it through the worker engine below.
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
import { workerCalls, type WorkerAnswer } from '@/lib/worker-calls'

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
const methods = [
  'analyse',
  'commit',
  'discard',
  'load',
  'remove',
  'readQuarantine',
  'clearQuarantine',
] as const satisfies readonly Method[]
// Fails to compile when a method of the interface is missing from the list above.
const everyMethod: Exclude<Method, (typeof methods)[number]> extends never ? true : never = true
void everyMethod

/** A call as it crosses to the worker, and its answer. */
export interface WorkerRequest {
  id: number
  method: Method
  args: unknown[]
}
export type WorkerResponse = WorkerAnswer

/**
 * The engine whose every method hands its name and arguments to `send`: the one place the
 * interface becomes calls elsewhere (the worker, a module loaded on first use). `load` first
 * looks whether anything is stored at all: most visits have no imports, and they should not
 * wait for the importer to start.
 */
function forwardEngine(
  send: (method: Method, args: unknown[]) => Promise<unknown>,
  storage: KeyValueStorage,
): ImportEngine {
  const engine = Object.fromEntries(
    methods.map((method) => [method, (...args: unknown[]) => send(method, args)]),
  ) as unknown as ImportEngine
  const load = engine.load
  engine.load = async () =>
    (await hasStoredImports(storage)) ? load() : { imports: [], quarantine: [] }
  return engine
}

/** The engine that sends each call to the import worker (started on first use) and waits for its answer. */
function createWorkerEngine(createWorker: () => Worker, storage: KeyValueStorage): ImportEngine {
  const call = workerCalls(createWorker, 'the import worker stopped')
  const engine = forwardEngine(
    (method, args) => call({ method, args } satisfies Omit<WorkerRequest, 'id'>),
    storage,
  )
  const load = engine.load
  // The worker sends the imports packed (import.worker.ts): copying 100,000 figure objects
  // would block the page for a second.
  engine.load = async () => {
    const loaded = (await load()) as unknown as Omit<LoadedImports, 'imports'> & {
      imports: PackedImport[]
    }
    const { unpackFigures } = await import('@/features/import/model/pack-figures')
    return {
      ...loaded,
      imports: loaded.imports.map(({ packed, ...rest }) => ({
        ...rest,
        figures: unpackFigures(packed),
      })),
    }
  }
  return engine
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
  const storage = defaultStorage()
  // The in-thread engine loads on first use, so the analyser stays out of the page's first bundle.
  const loadEngine = loadOnce(() =>
    import('@/features/import/api/local-engine').then((m) => m.createLocalEngine(storage)),
  )
  engine = forwardEngine(async (method, args) => {
    const local = await loadEngine()
    return (local[method] as (...a: unknown[]) => Promise<unknown>)(...args)
  }, storage)
  return engine
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
