// The export code and the exported files' texts load on first use (lib/i18n.ts, catalogue
// groups): never with a view (budget per route: scripts/bench-size.ts).
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'

export const loadExports = loadOnce(() =>
  Promise.all([import('@/features/export/lib/run-export'), loadGroup('export')]).then(([m]) => m),
)

/** An error's message for a person: whatever failed (an export, a chunk that would not load). */
export function reasonOf(error: unknown): string {
  // A DOMException is not always an Error (it is not in jsdom), but it has a message.
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' && message ? message : String(error)
}
