// The notes of a view under a place filter (domain/view-notes.ts) and their texts load together
// on first use, not with the first view (its budget: scripts/bench-size.ts).
import { useEffect, useReducer } from 'react'
import type { NotesFor } from '@/domain/figure-description'
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'

const loadNotesFor = loadOnce(() =>
  Promise.all([import('@/domain/view-notes'), loadGroup('notes')]).then(([m]) => m.viewNotesFor),
)

/**
 * The notes writer while `wanted` (a place is selected). The page does not wait for it: until it
 * arrives (once a session) aggregates show their own caveats, then their notes too.
 */
export function useViewNotes(wanted: boolean): NotesFor | undefined {
  const [, arrived] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (!wanted || loadNotesFor.peek()) return
    // A failed load is tried again on the next place chosen.
    loadNotesFor().then(arrived, () => undefined)
  }, [wanted])
  return wanted ? loadNotesFor.peek() : undefined
}
