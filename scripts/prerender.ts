// Renders every view into its own HTML file at build time (scripts/lib/site-routes.ts: each view
// and indicator, the embeddable charts and figures, in English and Spanish, plus 404.html), so
// a link paints its figures, caveats and sources before any script runs, and reads without
// scripts. Each page gets its own title, description and link preview (Open Graph / Twitter
// card with a 1200 × 630 PNG of the figure, its coverage caveat and its source):
//   npm run build   (vite build && tsx scripts/prerender.ts [dist directory, default dist])
// SITE_URL (default http://localhost:4173) is the public address the previews point at.
// The built-in dataset is parsed with the dataset schema (any invalid record fails the build),
// goes through the query cache as the app would load it, and is embedded, as parsed, for
// src/app/prerendered-state.ts to seed the browser's cache before hydrating.
// Skipped when VITE_DATA_BASE_URL points the app at another data service: the data is then
// not known at build time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Writable } from 'node:stream'
import { createElement } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { createServer, loadEnv } from 'vite'
import { alternatesOf, withHead } from './lib/page-head.ts'
import { renderPreview, type PreviewCard } from './lib/preview-image.ts'
import { previewImageFile, siteRoutes, type SiteRoute } from './lib/site-routes.ts'

const dist = process.argv[2] ?? 'dist'
const distHtml = `${dist}/index.html`
const site = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '')
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
  const { loadAllMessages, translatorFor } =
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

  const { setServerLocation } = await load<typeof import('@/lib/routing/url-state')>(
    '/src/lib/routing/url-state.ts',
  )
  const { indexDataset } = await load<typeof import('@/domain/dataset-index')>(
    '/src/domain/dataset-index.ts',
  )
  const { describeFigure } = await load<typeof import('@/domain/figure-description')>(
    '/src/domain/figure-description.ts',
  )
  const { pickHeadline } = await load<typeof import('@/features/indicator/model/headline')>(
    '/src/features/indicator/model/headline.ts',
  )
  const { CLIENT_ONLY_DIGEST } =
    await load<typeof import('@/lib/client-only')>('/src/lib/client-only.ts')
  const index = indexDataset(parsed.data)

  /** The page's HTML for an address, checked for what the CSP and the first paint need. */
  async function renderPage(path: string, mustHaveFigures: boolean): Promise<string> {
    setServerLocation(path)
    // prerender (unlike renderToString) waits for lazy components, so nothing is left to the
    // client; an unbounded chunk size keeps every Suspense boundary inline (no script to reveal it).
    const { prelude } = await prerenderToNodeStream(createElement(App, { queryClient }), {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      // A boundary left to the browser on purpose (src/lib/client-only.ts) is no failure.
      onError: (error) => {
        const digest = (error as { digest?: string } | null)?.digest
        if (digest === CLIENT_ONLY_DIGEST) return digest
        console.error(error)
        fail(`${path}: ${String(error)}`)
      },
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
    // The page must show its figures, not a loading or error state.
    if (mustHaveFigures && !/<figure[\s>]/.test(html))
      fail(`${path} rendered no <figure>: is a query still pending on the server? Seed it here`)
    if (/status--(loading|error)/.test(html)) fail(`${path} rendered a loading or error state`)
    // The CSP (script-src 'self') blocks inline scripts, and (style-src 'self') style attributes.
    if (/<script/i.test(html))
      fail(
        `${path}: React emitted an inline <script> (a Suspense boundary left?), which the CSP blocks`,
      )
    const styled = html.match(/<[a-z]+[^>]* style="[^"]*"/)
    if (styled)
      fail(`${path}: inline style attribute, which the CSP blocks: ${styled[0].slice(0, 120)}`)
    return html
  }

  /** The headline figure of a route, described in its language (undefined for a view without one). */
  function headlineOf(route: SiteRoute) {
    const t = translatorFor(route.lang)
    const figures =
      route.kind === 'embed-figure'
        ? index.figures.filter((f) => f.id === route.id)
        : route.kind === 'indicator' || route.kind === 'embed-chart'
          ? index.figures.filter((f) => f.indicatorId === route.id)
          : []
    const match = pickHeadline(
      index,
      figures.map((figure) => ({ kind: 'own' as const, figure })),
    )
    return match && describeFigure(match, index, route.lang, t)
  }

  /** Title, description and preview card of a route. */
  function aboutRoute(route: SiteRoute): { title: string; description: string; card: PreviewCard } {
    const t = translatorFor(route.lang)
    const app = t('documentTitle.app')
    const d = headlineOf(route)
    if (d) {
      const coverage = d.caveats.find((c) => c.type === 'coverage')?.text ?? d.coverage
      const name = d.indicatorName.text
      const title = route.kind.startsWith('embed')
        ? t('share.embedTitle', { title: name })
        : t('documentTitle.format', { view: name, app })
      const description = t('linkPreview.description', {
        value: d.valueWithUnit,
        place: d.placeName.text,
        period: d.period,
        coverage,
        source: d.sourceLine,
      })
      const card: PreviewCard = {
        app: t('app.title'),
        title: name,
        value: d.valueWithUnit,
        where: `${d.placeName.text} · ${d.period}`,
        note: `${t('figure.coverage')} ${coverage}`,
        source: d.sourceLine,
      }
      return { title, description, card }
    }
    const view = route.view === 'indicator' || route.view === 'embed' ? 'overview' : route.view
    const label = t(`nav.${view}`)
    const description = t(`linkPreview.view.${view}`)
    const title = t('documentTitle.format', { view: label, app })
    return { title, description, card: { app: t('app.title'), title: label, note: description } }
  }

  const routes = siteRoutes(parsed.data)
  const written = new Set<string>()
  // The first paint needs no script, so the entry loads at low priority: the HTML's own
  // stylesheet goes first on a slow link. The entry (src/app/boot.ts) fetches the app and its
  // messages once the page has been painted.
  const lowPriority = (html: string) =>
    html
      .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
      .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"')
  const base = lowPriority(template)
  const pageOf = (html: string, lang: 'en' | 'es', location: string) => {
    const state = serializePrerenderedState({ lang, location, dataset: parsed.data })
    return base.replace(
      rootTag,
      () =>
        `<div id="root">${html}</div>\n    <script type="application/json" id="${PRERENDERED_STATE_ID}" data-location="${location}">${state}</script>`,
    )
  }
  const write = (file: string, content: string | Uint8Array) => {
    const target = join(dist, file)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
  }

  let bytes = 0
  for (const route of routes) {
    const html = await renderPage(route.path, route.kind !== 'view')
    const { title, description, card } = aboutRoute(route)
    const image = previewImageFile(route)
    if (!written.has(image)) {
      write(image, await renderPreview(card))
      written.add(image)
    }
    const page = withHead(pageOf(html, route.lang, route.path), {
      title,
      description,
      url: new URL(route.path, site).href,
      image: `${site}/${image}`,
      imageAlt: card.value
        ? `${card.title}: ${card.value} (${card.where}). ${card.note} ${card.source}`
        : `${card.title}. ${card.note}`,
      siteName: translatorFor(route.lang)('documentTitle.app'),
      lang: route.lang,
      alternates: alternatesOf(route, site),
      noindex: route.kind.startsWith('embed'),
    })
    write(route.file, page)
    bytes += page.length
  }

  // What a static host serves for any other address (vite.config.ts serves it in the preview).
  const notFoundHtml = await renderPage('/404', false)
  const t = translatorFor('en')
  write(
    '404.html',
    pageOf(notFoundHtml, 'en', '/404')
      .replace(
        /<title>[^<]*<\/title>/,
        () =>
          `<title>${t('documentTitle.format', { view: t('share.notFound.documentTitle'), app: t('documentTitle.app') })}</title>`,
      )
      .replace(
        /<meta name="description"/,
        () => '<meta name="robots" content="noindex" />\n    <meta name="description"',
      ),
  )
  console.log(
    `prerender: ${routes.length} pages (${(bytes / routes.length / 1000).toFixed(1)} kB each on average), ${written.size} preview images and 404.html in ${dist}/`,
  )
} finally {
  await vite.close()
}
