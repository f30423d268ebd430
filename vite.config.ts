/// <reference types="vitest/config" />
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { compileTree } from './scripts/lib/compile-messages.ts'
import { readAmericasTopology, readWorldLand } from './scripts/lib/map-geometry.ts'
import { viewChunks } from './scripts/lib/view-chunks.ts'

const views = viewChunks()

/**
 * The production build's Content-Security-Policy: scripts, styles and data only from this origin
 * (plus the data API's origin when VITE_DATA_BASE_URL points elsewhere); images may also be
 * data: and blob: URLs, which the exports draw. Build only: the dev server injects inline
 * scripts for React refresh. A meta tag cannot carry frame-ancestors; a host that can send
 * headers should add it there.
 */
function contentSecurityPolicy(): Plugin {
  let dataOrigin = ''
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      const base = config.env.VITE_DATA_BASE_URL as string | undefined
      if (base && /^https?:\/\//.test(base)) dataOrigin = ` ${new URL(base).origin}`
    },
    transformIndexHtml(html) {
      const policy = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        `connect-src 'self'${dataOrigin}`,
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; ')
      // Right after the charset declaration, before any script or stylesheet it governs.
      const charset = /<meta charset="[^"]*"\s*\/?>/i
      if (!charset.test(html))
        throw new Error('index.html needs a <meta charset> for the CSP to follow')
      return html.replace(
        charset,
        (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      )
    },
  }
}

/**
 * msw's service worker (public/mockServiceWorker.js) serves the development scenarios; it has no
 * place on a deployed site, where it could intercept requests (docs/deploying.md).
 */
function dropDevOnlyFiles(): Plugin {
  let outDir = 'dist'
  return {
    name: 'drop-dev-only-files',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle() {
      rmSync(join(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

/**
 * `vite preview` serves dist/ as the static host does (docs/deploying.md): a path is served its
 * prerendered <path>/index.html, an unknown one 404.html with status 404, and every response
 * gets the headers of public/_headers (the CSP, frame-ancestors, ...). Vite alone would answer
 * "/es/sources" (no trailing slash) and unknown paths with the overview.
 */
function staticHostPreview(): Plugin {
  return {
    name: 'static-host-preview',
    configurePreviewServer(server) {
      const dist = server.config.build.outDir
      const rules = existsSync(join(dist, '_headers'))
        ? parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'))
        : []
      server.middlewares.use((req, res, next) => {
        const [pathname = '/', query = ''] = (req.url ?? '/').split('?')
        for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value)
        if (req.method !== 'GET' && req.method !== 'HEAD') return next()
        const file = /\.[a-z0-9]+$/i.test(pathname)
        if (file && existsSync(join(dist, decodeURIComponent(pathname)))) return next()
        const page = join(pathname, 'index.html')
        if (!file && existsSync(join(dist, page))) {
          req.url = `${page}${query ? `?${query}` : ''}`
          return next()
        }
        res.statusCode = 404
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end(readFileSync(join(dist, '404.html')))
      })
    },
  }
}

/** The rules of a `_headers` file: a path pattern ("/*", "/embed/*"), then indented "Name: value" lines; "! Name" detaches a header an earlier rule set. */
function parseHeaders(
  text: string,
): { pattern: RegExp; set: [string, string][]; detach: string[] }[] {
  const rules: { pattern: RegExp; set: [string, string][]; detach: string[] }[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*')
      rules.push({ pattern: new RegExp(`^${glob}$`), set: [], detach: [] })
      continue
    }
    const rule = rules.at(-1)
    const detach = /^\s*!\s*(.+)$/.exec(line)
    if (rule && detach) rule.detach.push(detach[1]!.trim().toLowerCase())
    else if (rule) {
      const at = line.indexOf(':')
      rule.set.push([line.slice(0, at).trim(), line.slice(at + 1).trim()])
    }
  }
  return rules
}

function headersFor(rules: ReturnType<typeof parseHeaders>, pathname: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const rule of rules.filter((r) => r.pattern.test(pathname))) {
    for (const name of rule.detach) headers.delete(name)
    for (const [name, value] of rule.set) headers.set(name.toLowerCase(), value)
  }
  return headers
}

/**
 * The message catalogues (src/locales/<lang>/*.json) arrive compiled for Lingui's runtime
 * (scripts/lib/compile-messages.ts) in the build, the dev server and the prerender. Unit tests
 * read them as written (the checks read the text), and Lingui compiles them outside production.
 */
function compileCatalogues(): Plugin {
  const catalogue = /[\\/]src[\\/]locales[\\/][a-z]+[\\/][^\\/]+\.json$/
  return {
    name: 'compile-catalogues',
    apply: () => !process.env.VITEST,
    enforce: 'pre',
    transform(code, id) {
      if (!catalogue.test(id)) return null
      return {
        code: JSON.stringify(compileTree(JSON.parse(code) as Record<string, unknown>, id)),
        map: null,
      }
    },
  }
}

/**
 * The map's boundaries (scripts/lib/map-geometry.ts): world-atlas's 1:50m countries cut to the
 * Americas, and its 1:110m land for a world figure, as modules of the map's own chunk. Cut when
 * the chunk is built, so no generated file is kept. Served to the build, the dev server and the
 * tests alike.
 */
function mapGeometry(): Plugin {
  const modules: Record<string, () => unknown> = {
    'virtual:americas-topology': readAmericasTopology,
    'virtual:world-land': readWorldLand,
  }
  return {
    name: 'map-geometry',
    resolveId: (source) => (Object.hasOwn(modules, source) ? `\0${source}` : null),
    load(resolved) {
      const read = resolved.startsWith('\0') ? modules[resolved.slice(1)] : undefined
      // JSON.parse of a string literal parses faster than the same object as a JS literal.
      return read ? `export default JSON.parse(${JSON.stringify(JSON.stringify(read()))})` : null
    },
  }
}

export default defineConfig({
  plugins: [
    compileCatalogues(),
    react(),
    contentSecurityPolicy(),
    dropDevOnlyFiles(),
    staticHostPreview(),
    mapGeometry(),
    views,
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      '@scripts': fileURLToPath(new URL('./scripts', import.meta.url)),
      '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
    },
  },
  preview: { port: 4173, strictPort: true },
  // The import worker reads the catalogues too (its messages name the problems in a file).
  // ES workers, so the document worker's pdf.js and mammoth stay chunks of their own, loaded per file kind.
  worker: { format: 'es', plugins: () => [compileCatalogues()] },
  build: {
    // The manifest lets scripts/bench-size.ts tell the first view's chunks from the lazy ones.
    manifest: true,
    // Every browser the dashboard supports has <link rel="modulepreload">; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    // Two chunks for the first view: the entry (app/boot.ts and what it imports), fetched with
    // the page, and the app (app/main.tsx and everything it imports statically), fetched once the
    // served overview has been painted. Left to automatic splitting, the app spread over a dozen
    // small chunks shared with lazy views, which compressed about 5 kB worse.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', tags: ['$initial'], priority: 4 },
            {
              name: 'app',
              test: (id) =>
                /[\\/]src[\\/]app[\\/]main\.tsx$/.test(id) || views.chunkOf(id) === 'app',
              priority: 3,
            },
            // The views' code in a few chunks (scripts/lib/view-chunks.ts).
            ...views.groups(),
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Integration tests render whole pages and import files through the worker's code: 5 s (the
    // default) is too tight on a loaded two-core runner.
    testTimeout: 15_000,
  },
})
