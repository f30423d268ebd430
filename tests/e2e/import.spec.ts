// Bring your own figures, in a real browser against the production build: the file is checked
// in a Web Worker, kept in IndexedDB across reloads, shown everywhere marked "Imported", and
// removable; broken files, broken saved state and a broken network each get a clear message.
import type { Page } from '@playwright/test'
import { test, expect } from './helpers/console'
import { failDataRequests, openApp, waitForApp } from './helpers/app'

const sample = 'public/samples/import-sample.csv'

async function clearImports(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('migration-dashboard')
        request.onsuccess = request.onerror = request.onblocked = () => resolve()
      }),
  )
}

async function openImportView(page: Page): Promise<void> {
  await openApp(page, '?view=import')
  await clearImports(page)
  await page.reload()
  await waitForApp(page)
}

function fileInput(page: Page) {
  return page.getByLabel('Choose a CSV or JSON file to check')
}

async function importSample(page: Page): Promise<void> {
  await fileInput(page).setInputFiles(sample)
  await expect(page.getByText('5 rows read: 5 valid figures, 0 rows with problems.')).toBeVisible()
  await page.getByRole('button', { name: 'Import 5 figures' }).click()
  await expect(
    page.getByText('Imported 5 figures from “import-sample.csv”.', { exact: false }),
  ).toBeVisible()
}

/** Writes a value straight into the imports store, as a damaged or outdated save would be. */
async function putStoredValue(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('migration-dashboard')
        open.onupgradeneeded = () => open.result.createObjectStore('imports')
        open.onsuccess = () => {
          const tx = open.result.transaction('imports', 'readwrite')
          tx.objectStore('imports').put(v, k)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    [key, value] as const,
  )
}

test('imports the sample file, keeps it across a reload, shows it in the overview, and removes it', async ({
  page,
}) => {
  await openImportView(page)
  await importSample(page)
  const files = page.getByRole('table', { name: 'Files imported in this browser' })
  await expect(files.getByRole('rowheader', { name: 'import-sample.csv' })).toBeVisible()

  await page.reload()
  await waitForApp(page)
  await expect(files.getByRole('rowheader', { name: 'import-sample.csv' })).toBeVisible()
  const table = page.getByRole('table', {
    name: 'Imported figures, with their caveats and sources',
  })
  await expect(table.getByText('300–450 returns')).toBeVisible()
  await expect(table.getByText('Inconsistency:')).toBeVisible()

  await openApp(page, '?country=GTM')
  const card = page.getByRole('figure', { name: 'Example migrants smuggled (sample data)' })
  await expect(card.getByText('Imported', { exact: true })).toBeVisible()
  await expect(card.getByText(/^Imported from import-sample\.csv on /)).toBeVisible()
  await expect(card.getByText('No caveat stated by the source.')).toBeVisible()

  await openApp(page, '?view=import')
  await page.getByRole('button', { name: 'Remove “import-sample.csv”' }).click()
  await page.getByRole('button', { name: 'Yes, remove' }).click()
  await expect(page.getByText('You have not imported any figures yet.')).toBeVisible()
  await page.reload()
  await waitForApp(page)
  await expect(page.getByText('You have not imported any figures yet.')).toBeVisible()
})

test('lists the problems of a file and imports nothing until the valid rows are accepted', async ({
  page,
}) => {
  await openImportView(page)
  const rows = [
    'indicator,theme,geography code,year,estimate kind,value,low,high,unit,caveats,source document,publisher',
    'Example returns,returns,JAM,2019,point,10,,,returns,Coverage: one airport,Register,Ministry',
    'Example returns,returns,XYZ,2020,range,,500,300,returns,,Register,Ministry',
  ]
  await fileInput(page).setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  })
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing has been imported.' })
  await expect(alert).toContainText('1 rows have problems (3 in all)')
  const problems = alert.getByRole('table', { name: 'Problems found in “broken.csv”' })
  await expect(problems.getByRole('row')).toHaveCount(4)
  await expect(problems).toContainText('the low value is greater than the high value')
  await expect(problems).toContainText('XYZ')
  await expect(page.getByRole('button', { name: 'Import only the 1 valid figure' })).toBeDisabled()
  await page.getByRole('checkbox', { name: /I have seen the 1 rows with problems/ }).check()
  await page.getByRole('button', { name: 'Import only the 1 valid figure' }).click()
  await expect(page.getByRole('table', { name: 'Files imported in this browser' })).toContainText(
    'broken.csv',
  )
})

test('refuses a Latin-1 file and a 50 MB file with a clear message, without freezing the page', async ({
  page,
}) => {
  await openImportView(page)
  const latin1 = Buffer.concat([
    Buffer.from('indicator,geography code\nretornos,PAN\nPanam'),
    Buffer.from([0xe1]),
  ])
  await fileInput(page).setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 })
  await expect(page.getByRole('alert')).toContainText(
    'line 3 holds the byte 0xE1, which is not UTF-8',
  )

  // 50 MB made inside the page (a file picker hands over a File, not bytes through DevTools).
  const started = Date.now()
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type=file][accept*=".csv"]')!
    const transfer = new DataTransfer()
    transfer.items.add(
      new File([new Uint8Array(50 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' }),
    )
    input.files = transfer.files
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await expect(page.getByRole('alert')).toContainText(
    'The file is 50.0 MB; this page imports files of up to 40 MB.',
  )
  expect(Date.now() - started).toBeLessThan(5000)
  // The page still answers at once.
  const answered = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t = performance.now()
        requestAnimationFrame(() => resolve(performance.now() - t))
      }),
  )
  expect(answered).toBeLessThan(500)
})

test('sets aside a damaged saved import, says so, and keeps the page working', async ({ page }) => {
  await openImportView(page)
  await importSample(page)
  await putStoredValue(page, 'import:damaged', {
    storageVersion: 1,
    id: 'damaged',
    fileName: 'old-register.csv',
    figures: 'not a list',
  })
  await openApp(page)
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read and were set aside' })
  await expect(notice).toContainText('“old-register.csv”')
  await expect(page.getByRole('figure', { name: 'Migrants smuggled', exact: true })).toBeVisible()
  // The good import is still there.
  await expect(
    page.getByRole('figure', { name: 'Example forced returns registered (sample data)' }),
  ).toBeVisible()
  await notice.getByRole('button', { name: 'Discard it' }).click()
  await expect(notice).toHaveCount(0)
  await page.reload()
  await waitForApp(page)
  await expect(page.getByText('could not be read and were set aside')).toHaveCount(0)
})

test('survives damaged saved filter state in localStorage', async ({ page }) => {
  await openApp(page)
  await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++)
      localStorage.setItem(localStorage.key(i)!, '{not json')
    localStorage.setItem('migration-dashboard:last-filter', '{not json')
  })
  await page.reload()
  await waitForApp(page)
  await expect(page.getByRole('figure', { name: 'Migrants smuggled', exact: true })).toBeVisible()
})

test('a failing data service shows a retry and keeps the imported figures on screen', async ({
  page,
  consoleWatch,
}) => {
  consoleWatch.allow(/503|Failed to load resource/)
  await openImportView(page)
  await importSample(page)
  await failDataRequests(page)
  await page.goto('/?view=import')
  const alert = page.getByRole('alert').filter({ hasText: 'The figures could not be loaded' })
  await expect(alert).toContainText(
    'Only your imported figures are shown until the built-in figures load.',
  )
  await expect(
    page.getByRole('table', { name: 'Imported figures, with their caveats and sources' }),
  ).toBeVisible()
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(alert).toHaveCount(0)
})

test('a slow data service gets a notice and a retry after a few seconds', async ({ page }) => {
  let first = true
  await failDataRequests(page)
  await page.unroute('**/data/v1/dataset.json')
  await page.route('**/data/v1/dataset.json', async (route) => {
    if (first) {
      first = false
      await new Promise((resolve) => setTimeout(resolve, 8000))
    }
    await route.fallback().catch(() => undefined)
  })
  await page.goto('/')
  await expect(
    page.getByText('The figures are taking longer than usual to load.', { exact: false }),
  ).toBeVisible({ timeout: 6000 })
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('figure', { name: 'Migrants smuggled', exact: true })).toBeVisible()
})
