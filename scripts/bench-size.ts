// Gzipped size of what the first view downloads, and of each chunk loaded on demand:
//   npm run bench:size [-- --build] [-- --assert]
// Reads dist/.vite/manifest.json (builds first when it is missing or with --build). The first
// view is the HTML entry's chunk (src/app/boot.ts) and the app chunk it loads once the served
// overview is painted (src/app/main.tsx, the chunk named "app" in vite.config.ts), each with
// everything it imports statically (and their CSS), plus the messages the page loads before
// its first render (src/locales/<lang>/core.ts; counted for
// the language whose messages weigh most); every other chunk is lazy. Every route of the site
// (scripts/lib/site-routes.ts) is checked too: its HTML file must exist, and its first view is
// the same entry, app and messages, since every route's HTML is prerendered and painted before
// any script runs. A route to a view other than the overview then fetches that view's code
// (page chunk, its static imports, its messages: app/view-loaders.ts), which hydrates the view
// in place; it is listed beside the first view, and held to the lazy-chunk budget.
// The map's chunk, with its boundaries, is reported on its own and must stay out of the first
// view. With --assert it exits 1 when a budget is exceeded (used by CI).
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { builtInRoutes, type SiteRoute } from './lib/site-routes.ts'

/** Budgets in kB of gzip (1 kB = 1000 bytes, as in Vite's build report). */
export const budgets = { firstViewJs: 110, lazyChunk: 150, map: 150 }

interface ManifestChunk {
  file: string
  src?: string
  name?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

const dist = 'dist'
const manifestPath = join(dist, '.vite', 'manifest.json')
const args = new Set(process.argv.slice(2))

if (args.has('--build') || !existsSync(manifestPath)) {
  console.log('bench:size: building first (npm run build)')
  execSync('npm run build', { stdio: 'inherit' })
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)
if (!entryKey) throw new Error(`${manifestPath} has no entry chunk`)

/** The entry, the app chunk and their static imports, transitively (what the browser fetches before the first render). */
const firstView = new Set<string>()
const visit = (key: string) => {
  if (firstView.has(key)) return
  firstView.add(key)
  for (const dep of manifest[key]?.imports ?? []) visit(dep)
}
visit(entryKey)
const appKey = manifest[entryKey]!.dynamicImports?.find((key) => manifest[key]?.name === 'app')
if (!appKey)
  throw new Error(
    'the entry does not load a chunk named "app" (src/app/main.tsx): see build.rolldownOptions in vite.config.ts',
  )
visit(appKey)

/** Each language's startup messages (a dynamic import awaited before the first render). */
const startupMessages = Object.entries(manifest)
  .map(([key, chunk]) => ({
    key,
    chunk,
    lang: /^src\/locales\/([a-z]+)\/core\.ts$/.exec(chunk.src ?? '')?.[1],
  }))
  .filter((m): m is { key: string; chunk: ManifestChunk; lang: string } => m.lang !== undefined)
  .map((m) => ({ ...m, bytes: gz(m.chunk.file) }))
  .sort((a, b) => b.bytes - a.bytes)
if (startupMessages.length === 0)
  throw new Error(
    'no src/locales/<lang>/core.ts chunk in the manifest: how does the page load its messages?',
  )
const heaviestMessages = startupMessages[0]!
const countedAtStart = new Set([heaviestMessages.key])

const firstJs = [...firstView].map((key) => manifest[key]!.file)
const firstCss = [...new Set([...firstView].flatMap((key) => manifest[key]!.css ?? []))]
const firstJsBytes = firstJs.reduce((sum, file) => sum + gz(file), 0) + heaviestMessages.bytes
const firstCssBytes = firstCss.reduce((sum, file) => sum + gz(file), 0)
const htmlBytes = existsSync(join(dist, 'index.html')) ? gz('index.html') : 0

const lazy = Object.entries(manifest)
  .filter(
    ([key, chunk]) => !firstView.has(key) && !countedAtStart.has(key) && chunk.file.endsWith('.js'),
  )
  .map(([key, chunk]) => ({
    name: chunk.src ?? chunk.name ?? key,
    file: chunk.file,
    bytes: gz(chunk.file),
    css: (chunk.css ?? []).reduce((sum, file) => sum + gz(file), 0),
  }))
  .sort((a, b) => b.bytes - a.bytes)

// Scripts the manifest does not list as chunks (Web Workers are bundled on their own).
const listed = new Set(
  Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]),
)
const unlisted = readdirSync(join(dist, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => file.endsWith('.js') && !listed.has(file))
  .map((file) => ({ name: 'worker or other script', file, bytes: gz(file), css: 0 }))
lazy.push(...unlisted)
lazy.sort((a, b) => b.bytes - a.bytes)

console.log('First view (gzip):')
for (const file of firstJs) console.log(`  ${file.padEnd(48)} ${kB(gz(file)).padStart(10)}`)
for (const m of startupMessages) {
  const counted = m === heaviestMessages ? '' : ' (not counted: lighter than the above)'
  console.log(
    `  ${m.chunk.file.padEnd(48)} ${kB(m.bytes).padStart(10)}  ← ${m.lang} messages, loaded before the first render${counted}`,
  )
}
for (const file of firstCss) console.log(`  ${file.padEnd(48)} ${kB(gz(file)).padStart(10)}`)
console.log(`  JavaScript total: ${kB(firstJsBytes)} (budget ${budgets.firstViewJs} kB)`)
console.log(`  CSS total:        ${kB(firstCssBytes)}`)
console.log(`  index.html:       ${kB(htmlBytes)}`)
console.log(`Lazy chunks (gzip, budget ${budgets.lazyChunk} kB each):`)
if (lazy.length === 0) console.log('  (none)')
for (const chunk of lazy) {
  const css = chunk.css ? ` + ${kB(chunk.css)} CSS` : ''
  console.log(`  ${chunk.file.padEnd(48)} ${kB(chunk.bytes).padStart(10)}${css}  ← ${chunk.name}`)
}

/** Each view's code and message group, as app/view-loaders.ts loads them. */
const viewCode: Record<Exclude<SiteRoute['view'], 'overview'>, [string, string[]]> = {
  indicator: ['src/app/pages/indicator-page.tsx', ['indicator']],
  sources: ['src/app/pages/sources-page.tsx', ['views']],
  context: ['src/app/pages/context-page.tsx', ['views']],
  definitions: ['src/app/pages/definitions-page.tsx', []],
  import: ['src/app/pages/import-page.tsx', ['importing', 'exporting']],
  embed: ['src/app/pages/embed-page.tsx', ['indicator']],
}
/** Per view: its own code and messages, fetched after the first paint (0 for the overview). */
const routeBytes = new Map<string, number>([['overview', 0]])
for (const [view, [page, groups]] of Object.entries(viewCode)) {
  if (!manifest[page])
    throw new Error(`${page} is not a chunk: does app/view-loaders.ts still load it?`)
  const closure = new Set<string>()
  const add = (key: string) => {
    if (closure.has(key) || firstView.has(key)) return
    closure.add(key)
    for (const dep of manifest[key]?.imports ?? []) add(dep)
  }
  add(page)
  // Each group in the language whose messages weigh most.
  const messages = groups.reduce((sum, group) => {
    const sizes = ['en', 'es'].map((lang) => {
      const key = `src/locales/${lang}/${group}.ts`
      if (!manifest[key]) throw new Error(`${key} is not a chunk (app/view-loaders.ts)`)
      return gz(manifest[key].file)
    })
    return sum + Math.max(...sizes)
  }, 0)
  const own = [...closure].reduce((sum, key) => sum + gz(manifest[key]!.file), 0)
  routeBytes.set(view, own + messages)
}
const routes = builtInRoutes(join(dist, 'data/v1/dataset.json'))
console.log(
  `\nEach route (gzip): HTML, first-view JavaScript (budget ${budgets.firstViewJs} kB), then the view's own code`,
)
for (const route of routes) {
  const html = existsSync(join(dist, route.file)) ? kB(gz(route.file)) : 'MISSING'
  const view = routeBytes.get(route.view)!
  console.log(
    `  ${route.path.padEnd(52)} html ${html.padStart(8)}   first view ${kB(firstJsBytes).padStart(8)}   + view ${kB(view).padStart(8)} (= ${kB(firstJsBytes + view)})`,
  )
}

// The map (issue 13): what the Map tab downloads, i.e. its chunk with the boundaries and whatever
// it imports that the first view and the indicator view (where the tab is) do not already hold.
const MAP_SOURCE = 'src/features/map/components/country-map.tsx'
const INDICATOR_PAGE = 'src/app/pages/indicator-page.tsx'
const importsOf = (start: string | undefined, skip: Set<string>): Set<string> => {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key) || skip.has(key)) return
    seen.add(key)
    for (const dep of manifest[key]?.imports ?? []) visit(dep)
  }
  if (start) visit(start)
  return seen
}
const keyOf = (src: string) => Object.keys(manifest).find((key) => manifest[key]!.src === src)
const mapKey = keyOf(MAP_SOURCE)
const loadedWithView = new Set([...firstView, ...importsOf(keyOf(INDICATOR_PAGE), firstView)])
const mapChunks = importsOf(mapKey, loadedWithView)
const mapBytes = [...mapChunks].reduce((sum, key) => sum + gz(manifest[key]!.file), 0)
console.log(
  `Map tab (${MAP_SOURCE} with the boundaries, ${mapChunks.size} chunk(s) beyond the indicator view): ${kB(mapBytes)} (budget ${budgets.map} kB, never in the first view)`,
)

const failures: string[] = []
if (!mapKey) failures.push(`no chunk for ${MAP_SOURCE}: is the map still loaded on demand?`)
else if (firstView.has(mapKey)) failures.push('the map is part of the first view')
if (mapBytes > budgets.map * 1000) failures.push(`map ${kB(mapBytes)} > ${budgets.map} kB`)
if (firstJsBytes > budgets.firstViewJs * 1000)
  failures.push(
    `first-view JavaScript of every route ${kB(firstJsBytes)} > ${budgets.firstViewJs} kB`,
  )
for (const route of routes) {
  if (!existsSync(join(dist, route.file))) failures.push(`${route.path}: no ${route.file}`)
  const view = routeBytes.get(route.view)!
  if (view > budgets.lazyChunk * 1000)
    failures.push(`${route.path}: the view's code ${kB(view)} > ${budgets.lazyChunk} kB`)
}
for (const chunk of lazy) {
  if (chunk.bytes > budgets.lazyChunk * 1000)
    failures.push(
      `lazy chunk ${chunk.file} (${chunk.name}) ${kB(chunk.bytes)} > ${budgets.lazyChunk} kB`,
    )
}
if (failures.length > 0) {
  console.log(`\nOver budget:\n${failures.map((f) => `  - ${f}`).join('\n')}`)
  if (args.has('--assert')) process.exit(1)
} else {
  console.log('\nWithin budget.')
}
