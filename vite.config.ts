/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { compileTree } from './scripts/lib/compile-messages.ts'

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

export default defineConfig({
  plugins: [compileCatalogues(), react(), contentSecurityPolicy()],
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
  worker: { plugins: () => [compileCatalogues()] },
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
            { name: 'boot', tags: ['$initial'], priority: 2 },
            { name: 'app', test: /[\\/]src[\\/]app[\\/]main\.tsx$/, priority: 1 },
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
