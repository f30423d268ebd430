// Where imports are kept: IndexedDB through idb-keyval, in a store of their own. Tests and
// browsers without IndexedDB (jsdom) use the in-memory storage, which copies values the way
// IndexedDB does (structured clone), so a test sees what a reload would.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval'

export interface KeyValueStorage {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  keys(): Promise<string[]>
}

/**
 * The same storage, whose failures are always Errors with something to say: IndexedDB rejects
 * with the transaction's error, which is null when the browser aborted the transaction without
 * one (quota, private mode, the disk), and a person would otherwise read "null".
 */
export function withReadableErrors(storage: KeyValueStorage): KeyValueStorage {
  const readable = (reason: unknown): never => {
    if (reason instanceof Error && reason.message) throw reason
    throw new Error('import.engineError.storageFailed')
  }
  return {
    get: (key) => storage.get(key).catch(readable),
    set: (key, value) => storage.set(key, value).catch(readable),
    del: (key) => storage.del(key).catch(readable),
    keys: () => storage.keys().catch(readable),
  }
}

export function idbStorage(): KeyValueStorage {
  let store: UseStore | null = null
  const storeOf = () => (store ??= createStore('migration-dashboard', 'imports'))
  return {
    get: (key) => get(key, storeOf()),
    set: (key, value) => set(key, value, storeOf()),
    del: (key) => del(key, storeOf()),
    keys: async () => (await keys(storeOf())).map(String),
  }
}

/** In-memory storage; `entries` lets a test read or corrupt what is stored. */
export function memoryStorage(): KeyValueStorage & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>()
  return {
    entries,
    get: async (key) => (entries.has(key) ? structuredClone(entries.get(key)) : undefined),
    set: async (key, value) => void entries.set(key, structuredClone(value)),
    del: async (key) => void entries.delete(key),
    keys: async () => [...entries.keys()],
  }
}
