// How the views' code is cut into chunks (vite.config.ts, build.rolldownOptions). Left to
// automatic splitting, a view's code spread over a dozen small chunks, one per set of lazy
// modules sharing it (the export menu's body, the exports, the charts...), each compressed on
// its own: the indicator view's 18 chunks weighed 23 kB gzipped, the same code in one 17 kB.
// Here only the view pages (src/app/pages/*-page.tsx) count: each module a page imports
// statically goes to one chunk per set of pages that use it (budget per route:
// scripts/bench-size.ts).
import type { Plugin } from 'vite'

const PAGE = /[\\/]src[\\/]app[\\/]pages[\\/]([a-z-]+)-page\.tsx$/
const FRAME = /[\\/]src[\\/]app[\\/](main|boot)\.tsx?$/

/**
 * The chunk a set of pages' module goes to: a page's own code is its chunk; a module shared with
 * the small text views (context, definitions) goes to the app frame, so that they do not
 * download a figure view's chunk for it; any other shared module goes to the chunk of exactly
 * the pages that use it (the indicator's figure, also embedded, and the sources' documents,
 * also in the context view, under their own names).
 */
export function chunkOfPages(pages: readonly string[]): string {
  if (pages.length === 1) return `view-${pages[0]}`
  const only = (...allowed: string[]) => pages.every((p) => allowed.includes(p))
  if (only('indicator', 'embed-chart')) return 'indicator-figure'
  if (only('sources', 'context')) return 'source-documents'
  if (pages.includes('context') || pages.includes('definitions')) return 'app'
  return `views-${pages.join('-')}`
}

interface ViewChunks extends Plugin {
  /** The chunk a module goes to ('app' for the frame's), null for one no page imports statically. */
  chunkOf: (id: string) => string | null
  /**
   * The code-splitting groups: one per number of pages sharing a module, the most shared first,
   * so that each group's modules are taken before a less shared group (whose modules import
   * them) would pull them in as its dependencies.
   */
  groups: () => {
    name: (id: string) => string | null
    test: (id: string) => boolean
    priority: number
  }[]
}

/** Learns, once the modules are known, which pages reach each module through static imports. */
export function viewChunks(): ViewChunks {
  const chunks = new Map<string, string>()
  const sharedBy = new Map<string, number>()
  const chunkOf = (id: string) => chunks.get(id) ?? null
  return {
    name: 'view-chunks',
    apply: 'build',
    chunkOf,
    groups: () =>
      [7, 6, 5, 4, 3, 2, 1].map((count) => ({
        name: chunkOf,
        test: (id: string) => sharedBy.get(id) === count && chunkOf(id) !== 'app',
        priority: 1 + count / 10,
      })),
    buildEnd() {
      chunks.clear()
      sharedBy.clear()
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
      for (const [module, pages] of pagesOf) {
        chunks.set(module, chunkOfPages(pages.sort()))
        sharedBy.set(module, pages.length)
      }
    },
  }
}
