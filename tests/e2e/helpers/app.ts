// Opening the app at a URL and waiting until it is usable (data loaded, scripts hydrated).
import { expect, type Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'

/** The views reachable from the navigation, with their English labels. */
export const navViews = [
  { view: 'overview', label: 'Overview' },
  { view: 'sources', label: 'Sources' },
  { view: 'context', label: 'Context' },
  { view: 'definitions', label: 'Definitions' },
  { view: 'import', label: 'Your figures' },
] as const

/**
 * Goes to a link and waits until the figures have loaded and the page answers to input. `link`
 * is a path ("/es/sources?country=JAM") or, as links were written before paths, a query on the
 * overview ("?view=sources&lang=es"), which the page moves to its path (docs/routes.md).
 */
export async function openApp(page: Page, link = ''): Promise<void> {
  await page.goto(link.startsWith('/') ? link : `/${link}`)
  await waitForApp(page)
}

export async function waitForApp(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page.getByText(/Loading figures|Cargando/)).toHaveCount(0)
  await expectNoRawMessageKeys(page)
}

// "dashboard.filters.title" on screen means its catalogue was not loaded (they load per view).
const topLevelKeys = [
  ...new Set(
    readdirSync('src/locales/en')
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) =>
        Object.keys(JSON.parse(readFileSync(`src/locales/en/${file}`, 'utf8')) as object),
      ),
  ),
]
const rawKey = new RegExp(`\\b(?:${topLevelKeys.join('|')})\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*\\b`)

export async function expectNoRawMessageKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText()
  expect(text.match(rawKey)?.[0], 'a message key shown instead of its text').toBeUndefined()
}

/** The navigation landmark of the views. */
export function viewNav(page: Page) {
  return page.getByRole('navigation', { name: /^(Views|Vistas)$/ })
}

/**
 * Makes every request for the dataset fail with 503, as a down data service would. The built
 * page embeds the built-in data (scripts/prerender.ts), so the page is served without it, as
 * a deployment reading a separate data service (VITE_DATA_BASE_URL) is.
 */
export async function failDataRequests(page: Page): Promise<void> {
  await serveWithoutEmbeddedData(page)
  await page.route('**/data/v1/dataset.json', (route) =>
    route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service unavailable' }),
  )
}

/** Serves the HTML without the prerendered overview and its embedded data. */
export async function serveWithoutEmbeddedData(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback()
      const response = await route.fetch()
      const html = (await response.text())
        .replace(
          /<script type="application\/json" id="prerendered-state"[^>]*>[\s\S]*?<\/script>/,
          '',
        )
        .replace(/<div id="root">[\s\S]*<\/div>(\s*<\/body>)/, '<div id="root"></div>$1')
      await route.fulfill({ response, body: html })
    },
  )
}

/** Deletes the figures imported in this browser (IndexedDB), for tests that import some. */
export async function clearImports(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('migration-dashboard')
        request.onsuccess = request.onerror = request.onblocked = () => resolve()
      }),
  )
}

/** Opens "Your figures" with nothing imported (the browser's stored imports deleted first). */
export async function openEmptyImportView(page: Page): Promise<void> {
  await openApp(page, '?view=import')
  await clearImports(page)
  await page.reload()
  await waitForApp(page)
}
