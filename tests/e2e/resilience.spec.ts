// Faults a visit must survive: a view's code that cannot be downloaded, and a deploy in the
// middle of a visit (the page still asks for chunk names the new build no longer has).
import type { Page } from '@playwright/test'
import { test, expect } from './helpers/console'
import { openApp, viewNav } from './helpers/app'

const sourcesChunk = /\/assets\/view-sources-[\w-]+\.js$/

/** Counts the page's document loads (the first visit and every reload). */
function countDocumentLoads(page: Page): () => number {
  let loads = 0
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads++
  })
  return () => loads
}

async function expectShellKept(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Migration statistics: smuggling and forced returns',
  )
  await expect(viewNav(page).getByRole('link', { name: 'Overview' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible()
}

test('a view whose code cannot be downloaded keeps the header and navigation, says what failed, and loads on retry', async ({
  page,
  consoleWatch,
}) => {
  consoleWatch.allow(
    /Failed to (load resource|fetch dynamically imported module)|A view failed|sources-page/,
  )
  await openApp(page)
  await page.route(sourcesChunk, (route) => route.abort('internetdisconnected'))
  await viewNav(page).getByRole('link', { name: 'Sources' }).click()

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The “Sources” view could not be shown.')
  await expect(alert).toContainText(
    /Its code could not be downloaded \(http:\/\/localhost:\d+\/assets\/view-sources-[\w-]+\.js\)/,
  )
  await expectShellKept(page)

  await page.unroute(sourcesChunk)
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(
    page.getByRole('main').getByRole('heading', { level: 2, name: 'Sources' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('after a deploy (the view’s chunk answers 404) the page reloads once and shows the view', async ({
  page,
  consoleWatch,
}) => {
  consoleWatch.allow(
    /Failed to (load resource|fetch dynamically imported module)|A view failed|sources-page|404/,
  )
  const documentLoads = countDocumentLoads(page)
  await openApp(page)
  // The old chunk is gone until the page is reloaded, which brings the new build's names.
  await page.route(sourcesChunk, (route) =>
    documentLoads() === 1 ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
  )
  await viewNav(page).getByRole('link', { name: 'Sources' }).click()

  await expect.poll(documentLoads).toBe(2)
  await expect(page).toHaveURL(/\/sources(\?|$)/)
  await expect(
    page.getByRole('main').getByRole('heading', { level: 2, name: 'Sources' }),
  ).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a chunk still missing after that one reload is explained, without a reload loop', async ({
  page,
  consoleWatch,
}) => {
  consoleWatch.allow(
    /Failed to (load resource|fetch dynamically imported module)|A view failed|sources-page|404/,
  )
  const documentLoads = countDocumentLoads(page)
  await openApp(page)
  await page.route(sourcesChunk, (route) => route.fulfill({ status: 404, body: 'Not found' }))
  await viewNav(page).getByRole('link', { name: 'Sources' }).click()

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('A new version of the dashboard has been published', {
    timeout: 15_000,
  })
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible()
  await expectShellKept(page)
  await page.waitForTimeout(1000)
  expect(documentLoads()).toBe(2)
})
