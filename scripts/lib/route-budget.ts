// What one route downloads before its first view is drawn and interactive, from Vite's build
// manifest (dist/.vite/manifest.json): the chunks it starts from, each with everything it
// imports statically, counted once. Dynamic imports are left out: they load on use (a dialog,
// a file chosen, the recharts chart that replaces the served one). Used by scripts/bench-size.ts.

export interface ManifestChunk {
  file: string
  src?: string
  name?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

/** The given chunks and their static imports, transitively. */
export function staticClosure(manifest: Manifest, starts: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    if (!manifest[key]) throw new Error(`${key} is not a chunk of the manifest`)
    seen.add(key)
    for (const dep of manifest[key].imports ?? []) visit(dep)
  }
  for (const key of starts) visit(key)
  return seen
}

export interface RouteJs {
  /** What every route fetches: the entry, the app frame and the page's startup messages. */
  shared: number
  /** What this route fetches beyond the shared part: its view's code and messages. */
  view: number
  /** shared + view: the route's first-view JavaScript, held to the budget. */
  total: number
}

/**
 * A route's first-view JavaScript in bytes: the closure of `shared` (the same for every route)
 * and that of `view` (the route's page chunk and message chunks), each file counted once.
 * `size` gives a file's bytes (gzipped, in the bench).
 */
export function routeJs(
  manifest: Manifest,
  size: (file: string) => number,
  shared: readonly string[],
  view: readonly string[],
): RouteJs {
  const sharedKeys = staticClosure(manifest, shared)
  const viewKeys = [...staticClosure(manifest, view)].filter((key) => !sharedKeys.has(key))
  const bytes = (keys: Iterable<string>) => {
    const files = new Set([...keys].map((key) => manifest[key]!.file))
    return [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + size(f), 0)
  }
  const sharedBytes = bytes(sharedKeys)
  const viewBytes = bytes(viewKeys)
  return { shared: sharedBytes, view: viewBytes, total: sharedBytes + viewBytes }
}
