// The last filter choice, remembered across visits in localStorage. This is the one piece of
// filter state outside the URL, and it is only a suggestion: it is applied when a link names no
// filter, and written back into the URL so the view stays shareable.
import { create } from 'zustand'
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'
import {
  parseStoredFilter,
  sameFilter,
  type RememberedFilter,
} from '@/features/filters/model/remembered-filter'

export const FILTER_MEMORY_KEY = 'migration-dashboard:last-filter'
/** Where a damaged saved filter is set aside (not deleted), so it can still be inspected. */
export const FILTER_MEMORY_QUARANTINE_KEY = `${FILTER_MEMORY_KEY}:quarantine`
const VERSION = 1

/** Marks a saved value that is not JSON at all, so `merge` can report it like any other bad value. */
const UNREADABLE = { unreadable: true } as const

interface PersistedFilter {
  remembered: RememberedFilter | null
}

export interface FilterMemoryState extends PersistedFilter {
  /** This visit: the saved state could not be read and was discarded. */
  discarded: boolean
  /** This visit: the saved filter that was applied because the link named none. */
  restored: RememberedFilter | null
  remember: (filter: RememberedFilter | null) => void
  markRestored: (filter: RememberedFilter) => void
  dismissNotices: () => void
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null // storage disabled by the browser's privacy settings
  }
}

/** Reads without throwing: unparsable JSON comes back as UNREADABLE for `merge` to report. */
const storage: PersistStorage<PersistedFilter> = {
  getItem: (name) => {
    const raw = safeLocalStorage()?.getItem(name) ?? null
    if (raw === null) return null
    try {
      return JSON.parse(raw) as StorageValue<PersistedFilter>
    } catch {
      return { state: UNREADABLE as unknown as PersistedFilter, version: VERSION }
    }
  },
  setItem: (name, value) => {
    try {
      safeLocalStorage()?.setItem(name, JSON.stringify(value))
    } catch {
      // A full or blocked storage only costs the memory, never the page.
    }
  },
  removeItem: (name) => safeLocalStorage()?.removeItem(name),
}

export const useFilterMemory = create<FilterMemoryState>()(
  persist(
    (set) => ({
      remembered: null,
      discarded: false,
      restored: null,
      // A new choice makes the "restored" notice stale, so it goes.
      remember: (filter) =>
        set((s) => ({
          remembered: filter,
          restored: sameFilter(filter, s.restored) ? s.restored : null,
        })),
      markRestored: (filter) => set({ restored: filter }),
      dismissNotices: () => set({ discarded: false, restored: null }),
    }),
    {
      name: FILTER_MEMORY_KEY,
      version: VERSION,
      storage,
      partialize: (state) => ({ remembered: state.remembered }),
      // Read when a filter page mounts (see use-remembered-filter.ts), not at import time.
      skipHydration: true,
      // Older or foreign versions go through the same validation in `merge`.
      migrate: (state) => state as PersistedFilter,
      merge: (persisted, current) => {
        const parsed = parseStoredFilter(persisted)
        if (!parsed.ok) {
          const raw = safeLocalStorage()?.getItem(FILTER_MEMORY_KEY)
          try {
            if (raw != null) safeLocalStorage()?.setItem(FILTER_MEMORY_QUARANTINE_KEY, raw)
          } catch {
            // No room to set it aside: dropping it still keeps the page working.
          }
          storage.removeItem(FILTER_MEMORY_KEY)
          return { ...current, remembered: null, discarded: true, restored: null }
        }
        return { ...current, remembered: parsed.remembered, discarded: false, restored: null }
      },
    },
  ),
)
