// The notes of a view under a place filter (domain/view-notes.ts) and their texts load together
// on first use, not with the first view (its budget: scripts/bench-size.ts).
import { useEffect, useReducer } from 'react'
import type { NotesFor } from '@/domain/figure-description'
import { loadGroup } from '@/lib/i18n'

let loaded: NotesFor | undefined

/**
 * The notes writer while `wanted` (a place is selected). The page does not wait for it: until it
 * arrives (once a session) aggregates show their own caveats, then their notes too.
 */
export function useViewNotes(wanted: boolean): NotesFor | undefined {
  const [, arrived] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (!wanted || loaded) return
    // A failed load is tried again on the next place chosen.
    Promise.all([import('@/domain/view-notes'), loadGroup('notes')]).then(
      ([m]) => {
        loaded = m.viewNotesFor
        arrived()
      },
      () => undefined,
    )
  }, [wanted])
  return wanted ? loaded : undefined
}
