// The notes of a view under a place filter (domain/view-notes.ts) and their texts load together
// on first use, not with the first view (its budget: scripts/bench-size.ts).
import { useEffect, useState } from 'react'
import type { NotesFor } from '@/domain/figure-description'
import { loadGroup } from '@/lib/i18n'

let loading: Promise<NotesFor> | null = null
let loaded: NotesFor | undefined

export function loadViewNotes(): Promise<NotesFor> {
  if (!loading) {
    const started = Promise.all([import('@/domain/view-notes'), loadGroup('notes')]).then(([m]) => (loaded = m.viewNotesFor))
    started.catch(() => {
      loading = null // the next place chosen tries again
    })
    loading = started
  }
  return loading
}

/**
 * The notes writer while `wanted` (a place is selected). The page does not wait for it: until it
 * arrives (a few milliseconds, once a session) aggregates show their own caveats without notes.
 */
export function useViewNotes(wanted: boolean): NotesFor | undefined {
  const [notesFor, setNotesFor] = useState(() => loaded)
  useEffect(() => {
    if (!wanted || notesFor) return
    let current = true
    loadViewNotes().then(
      (fn) => current && setNotesFor(() => fn),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [wanted, notesFor])
  return wanted ? notesFor : undefined
}
