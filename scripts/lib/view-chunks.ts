// How the views' code is cut into chunks (vite.config.ts, build.rolldownOptions). Left to
// automatic splitting, a view's code spread over a dozen small chunks, one per set of lazy
// modules sharing it (the export menu's body, the exports, the charts...), each compressed on
// its own: the indicator view's 18 chunks weighed 23 kB gzipped, the same code in one 17 kB.
// Here only the view pages (src/app/pages/*-page.tsx) count: each module a page imports
// statically goes to the chunk of the pages that use it, in a few named chunks (budget per
// route: scripts/bench-size.ts).
import type { Plugin } from 'vite'

const PAGE = /[\\/]src[\\/]app[\\/]pages[\\/]([a-z-]+)-page\.tsx$/
const FRAME = /[\\/]src[\\/]app[\\/](main|boot)\.tsx?$/

/**
 * The chunk a set of pages' shared module goes to. A module used by the small text views
 * (context, definitions) and another goes to the app frame, so that they do not download
 * the figure views' code for it; the indicator's figure (also embedded) and the sources'
 * documents (also in the context view) have their own; what else the sources view shares with
 * the figure views is in "figure-cards" (a figure's card, caveats, estimate, the export menu's
 * button), what the import view shares with them in "figure-checks" (the link's filter checked
 * against the data), and what only the figure views share in "figure-filters" (the filters).
 */
export function chunkOfPages(pages: readonly string[]): string {
  if (pages.length === 1) return `view-${pages[0]}`
  const only = (...allowed: string[]) => pages.every((p) => allowed.includes(p))
  if (only('indicator', 'embed')) return 'indicator-figure'
  if (only('sources', 'context')) return 'source-documents'
  if (pages.includes('context') || pages.includes('definitions')) return 'app'
  if (pages.includes('sources')) return 'figure-cards'
  if (pages.includes('import')) return 'figure-checks'
  return 'figure-filters'
}

/** Learns, once the modules are known, which pages reach each module through static imports. */
export function viewChunks(): Plugin & { chunkOf: (id: string) => string | null } {
  const chunks = new Map<string, string>()
  return {
    name: 'view-chunks',
    apply: 'build',
    chunkOf: (id) => chunks.get(id) ?? null,
    buildEnd() {
      chunks.clear()
      const ids = [...this.getModuleIds()]
      const reach = (start: string, into: Set<string>) => {
        const stack = [start]
        while (stack.length > 0) {
          const id = stack.pop()!
          if (into.has(id)) continue
          into.add(id)
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []))
        }
      }
      const frame = new Set<string>()
      for (const id of ids.filter((id) => FRAME.test(id))) reach(id, frame)
      const pagesOf = new Map<string, string[]>()
      for (const id of ids) {
        const page = PAGE.exec(id)?.[1]
        if (!page) continue
        const seen = new Set<string>()
        reach(id, seen)
        for (const module of seen) {
          if (frame.has(module)) continue
          pagesOf.set(module, [...(pagesOf.get(module) ?? []), page])
        }
      }
      for (const [module, pages] of pagesOf) chunks.set(module, chunkOfPages(pages.sort()))
    },
  }
}
