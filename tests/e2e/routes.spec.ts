// Every view at its own path (docs/routes.md): old query-form links land on their path with their
// filters, unknown paths say so, every page has its link preview, reads without scripts, and the
// embed pages (the only ones other sites may frame) keep caption, source and caveats.
import { expect, test, type Page } from '@playwright/test'
import { builtInRoutes, viewRoutes } from '@scripts/lib/site-routes'
import { waitForApp } from './helpers/app'

const routes = builtInRoutes()

const pathAndQuery = (page: Page) => {
  const url = new URL(page.url())
  return `${url.pathname}${url.search}`
}

test.describe('old query-form links', () => {
  for (const { old, path, heading, says } of [
    {
      old: '/?view=indicator&indicator=involuntary-returns&lang=es&country=JAM&time=2016..2018',
      path: '/es/indicator/involuntary-returns?country=JAM&time=2016..2018',
      heading: 'Retornos involuntarios registrados',
      says: /Jamaica, 2016.2018/,
    },
    {
      old: '/?view=sources&lang=es',
      path: '/es/sources',
      heading: 'Fuentes',
      says: /International Organization for Migration/,
    },
    {
      old: '/?view=indicator&indicator=migrants-smuggled&tab=table',
      path: '/indicator/migrants-smuggled?tab=table',
      heading: 'Migrants smuggled',
      says: /at least 2\.5 million/,
    },
    {
      old: '/?country=CARICOM&time=2018',
      path: '/?country=CARICOM&time=2018',
      heading: 'Forced returns and reintegration',
      says: /4,323 returns/,
    },
  ]) {
    test(`${old} lands on ${path}`, async ({ page }) => {
      await page.goto(old)
      await waitForApp(page)
      expect(pathAndQuery(page)).toBe(path)
      await expect(
        page.getByRole('main').getByRole('heading', { level: 2, name: heading }).first(),
      ).toBeVisible()
      await expect(page.getByRole('main')).toContainText(says)
    })
  }
})

test('back and forward walk the paths', async ({ page }) => {
  await page.goto('/es')
  await waitForApp(page)
  await page.getByRole('link', { name: /Gráfico y tabla: Retornos involuntarios/ }).click()
  await expect.poll(() => pathAndQuery(page)).toBe('/es/indicator/involuntary-returns')
  await page.getByRole('tab', { name: 'Tabla' }).click()
  await expect.poll(() => pathAndQuery(page)).toBe('/es/indicator/involuntary-returns?tab=table')
  await page.goBack()
  await page.goBack()
  await expect.poll(() => pathAndQuery(page)).toBe('/es')
  await expect(
    page.getByRole('heading', { level: 2, name: 'Tráfico ilícito de migrantes' }),
  ).toBeVisible()
  await page.goForward()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Retornos involuntarios registrados' }),
  ).toBeVisible()
})

test('an unknown path says so, with status 404, and offers the views', async ({ page }) => {
  const response = await page.goto('/es/indicadores/retornos')
  expect(response?.status()).toBe(404)
  await waitForApp(page)
  await expect(
    page.getByRole('heading', { name: 'No hay ninguna página en esta dirección' }),
  ).toBeVisible()
  await expect(page.getByRole('main')).toContainText('/es/indicadores/retornos')
  await page.getByRole('main').getByRole('link', { name: 'Fuentes' }).click()
  await expect.poll(() => pathAndQuery(page)).toBe('/es/sources')
  await expect(page.getByRole('heading', { level: 2, name: 'Fuentes' }).first()).toBeVisible()
})

test('the deployed site has no msw worker, and sends its security headers', async ({ request }) => {
  expect((await request.get('/mockServiceWorker.js')).status()).toBe(404)
  const page = await request.get('/es/sources')
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(page.headers()['content-security-policy']).toContain("script-src 'self';")
  expect(page.headers()['x-content-type-options']).toBe('nosniff')
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')
  const embed = await request.get('/es/embed/figure/involuntary-returns-caricom-2018')
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *')
  expect(embed.headers()['x-frame-options']).toBeUndefined()
})

test('every route has its own preview meta, and its 1200 × 630 image exists', async ({
  request,
}) => {
  const titles = new Set<string>()
  for (const route of routes) {
    const response = await request.get(route.path)
    expect(response.status(), route.path).toBe(200)
    const html = await response.text()
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]
    expect(title, route.path).toBeTruthy()
    expect(meta('og:title'), route.path).toBe(title)
    expect(meta('description')?.length, route.path).toBeGreaterThan(40)
    expect(meta('og:description'), route.path).toBe(meta('description'))
    expect(meta('twitter:card'), route.path).toBe('summary_large_image')
    expect(html, route.path).toContain(`<html lang="${route.lang}"`)
    const image = new URL(meta('og:image')!).pathname
    const png = await request.get(image)
    expect(png.status(), image).toBe(200)
    expect(png.headers()['content-type']).toBe('image/png')
    const bytes = await png.body()
    // The PNG header: width and height at bytes 16-23.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], image).toEqual([1200, 630])
    if (!route.path.startsWith('/en')) titles.add(`${title}`)
  }
  // Each view and language its own title (the unprefixed and /en pages are the same page).
  expect(titles.size).toBe(routes.filter((r) => !r.path.startsWith('/en')).length - 6)
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  for (const route of viewRoutes(routes)) {
    test(`${route.path} shows its content from the HTML`, async ({ page }) => {
      await page.goto(route.path)
      const main = page.getByRole('main')
      await expect(main.getByRole('heading', { level: 2 }).first()).toBeVisible()
      await expect(main).not.toContainText(/Loading|Cargando/)
      const es = route.lang === 'es'
      if (route.view === 'overview' || route.view === 'indicator' || route.view === 'sources') {
        await expect(main.getByRole('figure').first()).toBeVisible()
        await expect(main).toContainText(es ? 'Cobertura:' : 'Coverage:')
        await expect(main).toContainText(es ? 'Fuente:' : 'Source:')
        await expect(main).toContainText(
          route.view === 'indicator' && route.id === 'involuntary-returns'
            ? es
              ? 'Datos de solo siete países del Caribe'
              : 'Data from only seven Caribbean countries'
            : /\d/,
        )
      }
      if (route.view === 'indicator') {
        const value = {
          'migrants-smuggled': /2[.,]5/,
          'smuggling-profits': /5[.,]5/,
          'involuntary-returns': /4[.,]?323/,
        }
        await expect(main).toContainText(value[route.id as keyof typeof value])
      }
    })
  }
})

test('an embed shows its caption, source and caveats, fits its frame, and only embeds may be framed', async ({
  page,
  baseURL,
}) => {
  await page.goto('/data/v1/dataset.json')
  await page.setContent(`<!doctype html><html><body>
    <iframe id="embed" src="${baseURL}/embed/indicator/involuntary-returns?country=JAM" title="embed" width="600" height="640" data-migration-stats-embed></iframe>
    <iframe id="page" src="${baseURL}/sources" title="page" width="600" height="300"></iframe>
    <script src="${baseURL}/embed.js"></script>
  </body></html>`)
  const embed = page.frameLocator('#embed')
  await expect(embed.getByText('Involuntary returns registered').first()).toBeVisible({
    timeout: 15_000,
  })
  await expect(embed.getByRole('main')).toContainText('Coverage:')
  await expect(embed.getByRole('main')).toContainText('Data from only seven Caribbean countries')
  await expect(embed.getByRole('main')).toContainText(
    'Source: International Organization for Migration',
  )
  await expect(embed.getByRole('link', { name: /See it on the dashboard/ })).toHaveAttribute(
    'href',
    '/indicator/involuntary-returns?country=JAM',
  )
  // No navigation, no export menu: the figure and what travels with it.
  await expect(embed.getByRole('navigation', { name: 'Views' })).toHaveCount(0)
  // The frame takes the height the embed reports (public/embed.js), not the 640 it starts at.
  await expect
    .poll(async () => page.locator('#embed').evaluate((f) => f.getBoundingClientRect().height))
    .not.toBe(640)
  // A page that is not an embed refuses to be framed (frame-ancestors 'none').
  await expect(page.frameLocator('#page').getByRole('heading', { name: 'Sources' })).toHaveCount(0)
})

test('Copy link gives the shortest link; Copy embed code an iframe of the figure', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(
    '/?view=indicator&indicator=involuntary-returns&lang=es&country=jam&sort=value-desc',
  )
  await waitForApp(page)
  await page.getByRole('button', { name: 'Copiar enlace' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Enlace copiado' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/es/indicator/involuntary-returns?country=JAM`,
  )
  await page.getByRole('button', { name: 'Copiar código para insertar' }).first().click()
  const code = await page.evaluate(() => navigator.clipboard.readText())
  expect(code).toContain(`src="${baseURL}/es/embed/indicator/involuntary-returns?country=JAM"`)
  expect(code).toContain(`<script src="${baseURL}/embed.js" async></script>`)

  await page.goto('/')
  await waitForApp(page)
  const card = page.getByRole('figure', { name: 'Migrants smuggled' })
  await card.getByRole('button', { name: 'Copy embed code' }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    `src="${baseURL}/embed/figure/migrants-smuggled-world-2016"`,
  )
})
