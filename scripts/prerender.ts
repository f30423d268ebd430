// Renders the overview (the default link) into dist/index.html at build time, so the headline
// figures with their caveats and sources are in the first paint, before any script runs:
//   npm run build   (vite build && tsx scripts/prerender.ts [dist directory, default dist])
// The built-in dataset is parsed with the dataset schema (any invalid record fails the build),
// goes through the query cache as the app would load it, and is embedded, as parsed, for
// src/app/prerendered-state.ts to seed the browser's cache before hydrating.
// Skipped when VITE_DATA_BASE_URL points the app at another data service: the data is then
// not known at build time.
import { readFileSync, writeFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import { createElement } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { createServer, loadEnv } from 'vite'

const dist = process.argv[2] ?? 'dist'
const distHtml = `${dist}/index.html`
const distData = `${dist}/data/v1/dataset.json`
const rootTag = '<div id="root"></div>'

function fail(message: string): never {
  console.error(`prerender FAILED: ${message}`)
  process.exit(1)
}

const env = loadEnv('production', process.cwd(), 'VITE_')
if (env.VITE_DATA_BASE_URL) {
  console.log(
    `prerender: skipped (VITE_DATA_BASE_URL=${env.VITE_DATA_BASE_URL}; the data is not known at build time)`,
  )
  process.exit(0)
}

const template = readFileSync(distHtml, 'utf8')
if (!template.includes(rootTag))
  fail(`${distHtml} has no empty ${rootTag} (already prerendered? run vite build first)`)

// Production React and import.meta.env.DEV === false, as in the built bundle.
process.env.NODE_ENV = 'production'
const vite = await createServer({
  appType: 'custom',
  logLevel: 'warn',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
})

try {
  const load = <T>(path: string) => vite.ssrLoadModule(path) as Promise<T>
  const { App } = await load<typeof import('@/app/app')>('/src/app/app.tsx')
  const { createQueryClient } = await load<typeof import('@/lib/query-client')>(
    '/src/lib/query-client.ts',
  )
  const { datasetQueryOptions } = await load<typeof import('@/features/dataset/api/get-dataset')>(
    '/src/features/dataset/api/get-dataset.ts',
  )
  const { importsKeys } = await load<typeof import('@/features/import/api/get-imports')>(
    '/src/features/import/api/get-imports.ts',
  )
  const { setImportEngine } = await load<typeof import('@/features/import/api/import-engine')>(
    '/src/features/import/api/import-engine.ts',
  )
  const { parseDataset } = await load<typeof import('@/domain/validate-dataset')>(
    '/src/domain/validate-dataset.ts',
  )
  const { dataBaseUrl } = await load<typeof import('@/lib/config')>('/src/lib/config.ts')
  const { browserLanguage, loadAllMessages, translatorFor } =
    await load<typeof import('@/lib/i18n')>('/src/lib/i18n.ts')
  await loadAllMessages()
  const { PRERENDERED_STATE_ID, serializePrerenderedState } = await load<
    typeof import('@/app/prerendered-state')
  >('/src/app/prerendered-state.ts')

  const payload: unknown = JSON.parse(readFileSync(distData, 'utf8'))
  const parsed = parseDataset(payload)
  if (!parsed.ok) fail(`${distData} is not a valid dataset (npm run data:check)`)
  if (parsed.issues.length > 0)
    fail(`${distData} has ${parsed.issues.length} invalid records (npm run data:check)`)

  const queryClient = createQueryClient()
  queryClient.setQueryData(datasetQueryOptions().queryKey, {
    dataset: parsed.data,
    issues: [],
    url: `${dataBaseUrl}/dataset.json`,
  })
  // A first visit has no imported figures (they live in the visitor's browser). The stub keeps
  // the importer's code (which would load on the server for want of a Web Worker) out of it.
  const noImports = { imports: [], quarantine: [] }
  const unavailable = () => Promise.reject(new Error('no importer while prerendering'))
  setImportEngine({
    load: async () => noImports,
    analyse: unavailable,
    commit: unavailable,
    discard: unavailable,
    remove: unavailable,
    readQuarantine: unavailable,
    clearQuarantine: unavailable,
  })
  queryClient.setQueryData(importsKeys.list(), noImports)

  // prerender (unlike renderToString) waits for lazy components, so nothing is left to the client;
  // an unbounded chunk size keeps every Suspense boundary inline (no script to reveal it).
  const { prelude } = await prerenderToNodeStream(createElement(App, { queryClient }), {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  })
  let html = ''
  await new Promise<void>((resolve, reject) =>
    prelude
      .pipe(
        new Writable({
          write: (chunk, _, next) => ((html += String(chunk)), next()),
          final: (done) => (resolve(), done()),
        }),
      )
      .on('error', reject),
  )

  // The page must be the overview with its figures, not a loading or error state.
  const figures = (html.match(/<figure[\s>]/g) ?? []).length
  if (figures === 0)
    fail(
      'the overview rendered no <figure>: is a query still pending on the server? Seed it in scripts/prerender.ts',
    )
  if (/status--(loading|error)/.test(html)) fail('the overview rendered a loading or error state')
  // The CSP (script-src 'self') blocks inline scripts, and (style-src 'self') style attributes.
  if (/<script/i.test(html))
    fail(
      'React emitted an inline <script> (a Suspense boundary left for the client?), which the CSP blocks',
    )
  const styled = html.match(/<[a-z]+[^>]* style="[^"]*"/)
  if (styled)
    fail(
      `inline style attribute in the rendered HTML, which the CSP blocks: ${styled[0].slice(0, 120)}`,
    )

  const lang = browserLanguage()
  const t = translatorFor(lang)
  const title = t('documentTitle.format', { view: t('nav.overview'), app: t('documentTitle.app') })
  const state = serializePrerenderedState({ lang, search: '', dataset: parsed.data })
  // The first paint needs no script, so the entry loads at low priority: the HTML's own
  // stylesheet goes first on a slow link. The entry (src/app/boot.ts) fetches the app and its
  // messages once the overview has been painted.
  const lowPriority = (html: string) =>
    html
      .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
      .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"')
  // Function replacers: a replacement string would read "$'", "$`" and "$&" in the data (a
  // caveat, a title) as patterns and paste parts of the template into the page.
  const page = lowPriority(template)
    .replace(
      rootTag,
      () =>
        `<div id="root">${html}</div>\n    <script type="application/json" id="${PRERENDERED_STATE_ID}">${state}</script>`,
    )
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace(/<html lang="[^"]*"/, () => `<html lang="${lang}"`)
  writeFileSync(distHtml, page)
  console.log(
    `prerender: ${distHtml} now holds the overview (${figures} figures, ${(page.length / 1000).toFixed(1)} kB, lang ${lang})`,
  )
} finally {
  await vite.close()
}
