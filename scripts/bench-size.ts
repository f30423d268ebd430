// Gzipped size of what each route downloads for its first view, and of each chunk loaded on demand:
//   npm run bench:size [-- --build] [-- --assert]
// Reads dist/.vite/manifest.json (builds first when it is missing or with --build). Every route
// (scripts/lib/site-routes.ts) has prerendered HTML, painted before any script runs; its first
// view's JavaScript is then
//   - shared by every route: the HTML entry's chunk (src/app/boot.ts), the app frame it loads once
//     the page is painted (src/app/main.tsx: React, the query client, header, navigation, footer;
//     the chunk named "app" in vite.config.ts) and the page's startup messages
//     (src/locales/<lang>/core.ts);
//   - the route's own: its view's page chunk and the messages only that view uses
//     (app/view-loaders.ts), which hydrate the view in place;
// each with everything it imports statically (scripts/lib/route-budget.ts), counted route by
// route in the route's language (a path without one in the heavier language). The target is the
// first-view budget for every route's total; routes above it are listed. What --assert holds:
// the shared part within the first-view budget, and no route's total above the route ceiling
// (today's largest with a little room), so no route grows while the target is not yet met. What loads on use (dialogs, menus, the recharts chart, the importer's
// engine) is lazy, held to the lazy-chunk budget. The map's chunk, with its boundaries, is
// reported on its own and must stay out of the first view. With --assert it exits 1 when a
// budget is exceeded (used by CI).
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { builtInRoutes, type SiteRoute } from './lib/site-routes.ts'
import { routeJs, staticClosure, type Manifest, type ManifestChunk } from './lib/route-budget.ts'

/** Budgets in kB of gzip (1 kB = 1000 bytes, as in Vite's build report). */
export const budgets = { firstViewJs: 110, routeCeiling: 119, lazyChunk: 150, map: 150 }
/**
 * The routes not yet within the first-view target: an indicator's figure (its bars, table, notes
 * and filters) hydrated with the frame. They are held below `routeCeiling` so that they do not
 * grow; every other route is held to the target (docs/routes.md#budgets).
 */
const aboveTarget = new Set(['indicator', 'embed-chart'])

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

const appKey = manifest[entryKey]!.dynamicImports?.find((key) => manifest[key]?.name === 'app')
if (!appKey)
  throw new Error(
    'the entry does not load a chunk named "app" (src/app/main.tsx): see build.rolldownOptions in vite.config.ts',
  )
/** The entry, the app chunk and their static imports (what every route fetches before its first render). */
const firstView = staticClosure(manifest, [entryKey, appKey])

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

console.log('Shared by every route (gzip):')
for (const file of firstJs) console.log(`  ${file.padEnd(48)} ${kB(gz(file)).padStart(10)}`)
for (const m of startupMessages) {
  const counted = m === heaviestMessages ? '' : ' (not counted: lighter than the above)'
  console.log(
    `  ${m.chunk.file.padEnd(48)} ${kB(m.bytes).padStart(10)}  ← ${m.lang} messages, loaded before the first render${counted}`,
  )
}
for (const file of firstCss) console.log(`  ${file.padEnd(48)} ${kB(gz(file)).padStart(10)}`)
console.log(`  JavaScript total: ${kB(firstJsBytes)} (each route adds its view's code: see below)`)
console.log(`  CSS total:        ${kB(firstCssBytes)}`)
console.log(`  index.html:       ${kB(htmlBytes)}`)
console.log(`Lazy chunks (gzip, budget ${budgets.lazyChunk} kB each):`)
if (lazy.length === 0) console.log('  (none)')
for (const chunk of lazy) {
  const css = chunk.css ? ` + ${kB(chunk.css)} CSS` : ''
  console.log(`  ${chunk.file.padEnd(48)} ${kB(chunk.bytes).padStart(10)}${css}  ← ${chunk.name}`)
}

/** Each view's page chunk and message files (src/locales/<lang>/<file>.ts), as app/view-loaders.ts loads them; an embed's by its kind. */
type Page = Exclude<SiteRoute['view'], 'embed'> | 'embed-chart' | 'embed-figure'
const viewCode: Record<Page, [string, string[]]> = {
  overview: ['src/app/pages/overview-page.tsx', ['figures']],
  indicator: ['src/app/pages/indicator-page.tsx', ['figures', 'indicator']],
  sources: ['src/app/pages/sources-page.tsx', ['figures', 'views']],
  context: ['src/app/pages/context-page.tsx', ['figures', 'views']],
  definitions: ['src/app/pages/definitions-page.tsx', []],
  import: ['src/app/pages/import-page.tsx', ['importing', 'columns']],
  'embed-chart': ['src/app/pages/embed-chart-page.tsx', ['figures', 'indicator']],
  'embed-figure': ['src/app/pages/embed-figure-page.tsx', ['figures']],
}
const messagesChunk = (lang: string, group: string) => {
  const key = `src/locales/${lang}/${group}.ts`
  if (!manifest[key]) throw new Error(`${key} is not a chunk (locales/catalogue-loaders.ts)`)
  return key
}
/** A route's first view in one language: the shared part, then its view's code and messages. */
const routeIn = (view: Page, lang: string) => {
  const [src, groups] = viewCode[view]
  // A page is a chunk of its own, or in the chunk named after it (scripts/lib/view-chunks.ts).
  const name = `view-${/([a-z-]+)-page\.tsx$/.exec(src)?.[1]}`
  const page = manifest[src] ? src : Object.keys(manifest).find((k) => manifest[k]!.name === name)
  if (!page) throw new Error(`${src} is in no chunk: does app/view-loaders.ts still load it?`)
  return routeJs(
    manifest,
    gz,
    [entryKey, appKey, messagesChunk(lang, 'core')],
    [page, ...groups.map((group) => messagesChunk(lang, group))],
  )
}
const routes = builtInRoutes(join(dist, 'data/v1/dataset.json'))
/** Per route: its first-view JavaScript; a path without a language is counted in the heavier one (the browser's language picks it). */
const perRoute = routes.map((route) => {
  const langs = /^\/(en|es)(\/|$)/.test(route.path) ? [route.lang] : ['en', 'es']
  const js = langs
    .map((lang) => routeIn(route.view === 'embed' ? (route.kind as Page) : route.view, lang))
    .reduce((a, b) => (b.total > a.total ? b : a))
  return { route, js }
})
const budget = budgets.firstViewJs * 1000
/** The route's page: a view, or the kind of embed. */
function kindOf(route: SiteRoute): string {
  return route.view === 'embed' ? String(route.kind) : route.view
}
console.log(
  `\nEach route's first-view JavaScript (gzip; budget ${budgets.firstViewJs} kB): shared (entry, app frame, startup messages) + the view's code and messages it needs to draw and hydrate its first view`,
)
for (const { route, js } of perRoute) {
  const html = existsSync(join(dist, route.file)) ? kB(gz(route.file)) : 'MISSING'
  const mark = js.total > budget ? '  over the target' : ''
  console.log(
    `  ${route.path.padEnd(52)} html ${html.padStart(8)}   ${kB(js.shared).padStart(8)} + view ${kB(js.view).padStart(8)} = ${kB(js.total).padStart(8)}${mark}`,
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
const shared = Math.max(...perRoute.map(({ js }) => js.shared))
if (shared > budget)
  failures.push(`shared first-view JavaScript ${kB(shared)} > ${budgets.firstViewJs} kB`)
for (const { route, js } of perRoute) {
  if (!existsSync(join(dist, route.file))) failures.push(`${route.path}: no ${route.file}`)
  const limit = aboveTarget.has(kindOf(route)) ? budgets.routeCeiling : budgets.firstViewJs
  if (js.total > limit * 1000)
    failures.push(
      `${route.path}: first-view JavaScript ${kB(js.shared)} shared + ${kB(js.view)} view = ${kB(js.total)} > ${limit} kB`,
    )
}
const overTarget = perRoute.filter(({ js }) => js.total > budget)
if (overTarget.length > 0)
  console.log(
    `\n${overTarget.length} of ${perRoute.length} routes above the ${budgets.firstViewJs} kB first-view target (${[...aboveTarget].join(' and ')} routes are held below ${budgets.routeCeiling} kB, every other route to the target): ${[...new Set(overTarget.map(({ route }) => kindOf(route)))].join(', ')}`,
  )
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
