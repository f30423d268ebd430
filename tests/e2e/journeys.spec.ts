// The main journeys of a policy officer, in a real browser against the production build:
// open, browse every view, filter, share a link, read it in Spanish, survive a data outage.
// Every test also fails on any console error or warning (see helpers/console.ts).
import { test, expect } from './helpers/console'
import { failDataRequests, navViews, openApp, viewNav, waitForApp } from './helpers/app'

test('opens on the overview: every headline figure with its caveats and source', async ({
  page,
}) => {
  await openApp(page)
  await expect(page).toHaveTitle('Overview · Migration statistics')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Migration statistics: smuggling and forced returns',
  )
  await expect(viewNav(page).getByRole('link', { name: 'Overview' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  const figures = page.getByRole('main').getByRole('figure')
  await expect(figures).toHaveCount(3)
  for (const figure of await figures.all()) {
    await expect(figure.getByRole('list', { name: 'Caveats' })).toBeVisible()
    await expect(figure.getByRole('listitem').first()).toBeVisible()
    await expect(
      figure.getByText(/International Organization for Migration|IOM/).first(),
    ).toBeVisible()
  }
})

test('browses every view from the navigation, each with its own title and heading', async ({
  page,
}) => {
  await openApp(page)
  for (const { view, label } of navViews) {
    await viewNav(page).getByRole('link', { name: label }).click()
    await expect(viewNav(page).getByRole('link', { name: label })).toHaveAttribute(
      'aria-current',
      'page',
    )
    const path = view === 'overview' ? '/' : `/${view}`
    await expect.poll(() => new URL(page.url()).pathname).toBe(path)
    await expect(page).toHaveTitle(`${label} · Migration statistics`)
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
  }
  // Back and forward walk the same views.
  await page.goBack()
  await expect.poll(() => new URL(page.url()).pathname).toBe('/definitions')
  await expect(page).toHaveTitle('Definitions · Migration statistics')
})

test('follows a headline to its indicator view: chart with its text alternative, then the table', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('link', { name: 'Chart and table: Migrants smuggled' }).click()
  await expect.poll(() => new URL(page.url()).pathname).toBe('/indicator/migrants-smuggled')
  await expect(page).toHaveTitle('Migrants smuggled · Migration statistics')
  await expect(page.getByRole('heading', { level: 2, name: 'Migrants smuggled' })).toBeVisible()
  const chart = page.getByRole('img', { name: /at least 2\.5 million people/ })
  await expect(chart).toBeVisible()
  await expect(chart.locator('svg')).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Bar' })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('tab', { name: 'Table' }).click()
  await expect(page).toHaveURL(/[?&]tab=table(&|$)/)
  await expect(page.getByRole('table').first()).toContainText('at least 2.5 million')
  await page.goBack()
  await expect(page.getByRole('tab', { name: 'Bar' })).toHaveAttribute('aria-selected', 'true')
})

test('filters by country and by year, each choice in the link, and clears them', async ({
  page,
}) => {
  await openApp(page)
  const status = page.getByRole('status').filter({ hasText: /figures? shown for/ })
  await expect(status).toContainText('3 figures shown')

  await page.getByRole('button', { name: 'Choose countries or regions' }).click()
  await page.getByRole('searchbox').fill('Jamaica')
  await page.getByRole('checkbox', { name: /Jamaica/ }).check()
  await expect(page).toHaveURL(/[?&]country=JAM(&|$)/)
  await expect(status).toContainText('Jamaica')
  // A Jamaican view shows the regional and world figures covering Jamaica, labelled as such.
  const figures = page.getByRole('main').getByRole('figure')
  await expect(figures.first()).toContainText('Aggregate')

  await page.getByRole('combobox', { name: 'From' }).selectOption('2018')
  await expect(page).toHaveURL(/[?&]time=2018(&|$)/)
  await expect(status).toContainText('1 figure shown for Jamaica, 2018')
  await expect(figures).toHaveCount(1)
  await expect(figures.first()).toContainText('Involuntary returns registered')

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page).not.toHaveURL(/country=|time=/)
  await expect(figures).toHaveCount(3)
})

test('a shared link reopens the same view, filters and language in a new page', async ({
  page,
  context,
}) => {
  await openApp(page, '?view=indicator&indicator=involuntary-returns&lang=es')
  await page.getByRole('button', { name: 'Elegir países o regiones' }).click()
  await page.getByRole('checkbox', { name: /Jamaica/ }).check()
  await page.getByRole('button', { name: 'Cerrar la lista' }).click()
  await page.getByRole('combobox', { name: 'Desde' }).selectOption('2018')
  await page.getByRole('tab', { name: 'Tabla' }).click()
  await expect(page).toHaveURL(/country=JAM/)
  await expect(page).toHaveURL(/time=2018/)
  await expect(page).toHaveURL(/tab=table/)
  const link = page.url()

  const colleague = await context.newPage()
  await openApp(colleague, `${new URL(link).pathname}${new URL(link).search}`)
  await expect(colleague).toHaveURL(link)
  await expect(colleague.locator('html')).toHaveAttribute('lang', 'es')
  await expect(colleague).toHaveTitle(await page.title())
  await expect(colleague.getByRole('tab', { name: 'Tabla' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(colleague.getByRole('table').first()).toHaveText(
    (await page.getByRole('table').first().textContent()) ?? '',
  )
  // What a person sees (hidden parts, such as the closed place list, are not compared).
  await expect(colleague.getByRole('main')).toHaveText(await page.getByRole('main').innerText(), {
    useInnerText: true,
  })
})

test('switches to Spanish and keeps it in the link', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Language').selectOption('es')
  await expect.poll(() => new URL(page.url()).pathname).toBe('/es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page).toHaveTitle('Resumen · Estadísticas migratorias')
  await expect(viewNav(page).getByRole('link', { name: 'Resumen' })).toBeVisible()
  await expect(
    page.getByRole('main').getByRole('list', { name: 'Advertencias' }).first(),
  ).toBeVisible()
})

test('says clearly when the data service is down, and offers a retry', async ({
  page,
  consoleWatch,
}) => {
  consoleWatch.allow(/status of 503/)
  await failDataRequests(page)
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('could not be loaded')
  await expect(alert).toContainText('503')
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled()

  await page.unrouteAll()
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('figure')).toHaveCount(3)
})

test.describe('first paint', () => {
  test('the headline figures, caveats and sources are in the served HTML, before any script', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    const figures = page.getByRole('main').getByRole('figure')
    await expect(figures).toHaveCount(3)
    for (const figure of await figures.all()) {
      await expect(figure.getByRole('list', { name: 'Caveats' })).toBeVisible()
    }
    await expect(page).toHaveTitle('Overview · Migration statistics')
    await context.close()
  })

  test('the script takes over the served overview without redrawing it', async ({ page }) => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await gate
      await route.continue()
    })
    await page.goto('/', { waitUntil: 'commit' })
    const served = await page.getByRole('main').getByRole('figure').first().elementHandle()
    release()
    await waitForApp(page)
    // Hydrated: the element drawn from the HTML is still the one on screen, and it responds.
    expect(await served!.evaluate((el) => el.isConnected)).toBe(true)
    await page.getByLabel('Language').selectOption('es')
    await expect(
      page.getByRole('main').getByRole('list', { name: 'Advertencias' }).first(),
    ).toBeVisible()
  })

  test('a link to another view replaces the served overview with that view at once', async ({
    page,
  }) => {
    await openApp(page, '?view=definitions&lang=es')
    await expect(page).toHaveTitle('Definiciones · Estadísticas migratorias')
    await expect(viewNav(page).getByRole('link', { name: 'Definiciones' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(page.getByRole('main').getByRole('list', { name: 'Caveats' })).toHaveCount(0)
  })
})

test.describe('a browser that prefers Spanish', () => {
  test.use({ locale: 'es-ES' })
  test('gets the overview in Spanish from a plain link', async ({ page }) => {
    await openApp(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page).toHaveTitle('Resumen · Estadísticas migratorias')
    await expect(page.getByRole('main').getByRole('list', { name: 'Advertencias' })).toHaveCount(3)
  })
})

test('the last filter is restored on the next visit, with a notice, and written into the link', async ({
  page,
  context,
}) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Choose countries or regions' }).click()
  await page.getByRole('checkbox', { name: /Jamaica/ }).check()
  await expect(page).toHaveURL(/[?&]country=JAM(&|$)/)

  // The memory (its store, checks and notice) loads after the first view is drawn.
  const later = await context.newPage()
  await openApp(later, '/')
  await expect(later).toHaveURL(/[?&]country=JAM(&|$)/)
  await expect(
    later.getByRole('status').filter({ hasText: 'Your last selection was restored: Jamaica' }),
  ).toBeVisible()
  await expect(later.getByRole('button', { name: 'Remove Jamaica' })).toBeVisible()
  await later.getByRole('button', { name: 'Dismiss' }).click()
  await expect(later.getByText('Your last selection was restored')).toHaveCount(0)
})
