// What the browser's storage of imports must survive: leaving the page in the middle of a save,
// and a second tab of the dashboard changing what is stored.
import type { Page } from '@playwright/test'
import { test, expect } from './helpers/console'
import { openApp, openEmptyImportView } from './helpers/app'

const sample = 'public/samples/import-sample.csv'

async function checkSample(page: Page): Promise<void> {
  await page.getByLabel('Choose a CSV or JSON file to check').setInputFiles(sample)
  await expect(page.getByText('5 rows read: 5 valid figures, 0 rows with problems.')).toBeVisible()
}

/**
 * Holds a read-write transaction on the imports store until released, as a slow disk would:
 * the app's save waits behind it.
 */
async function holdImportsStore(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((held) => {
        const open = indexedDB.open('migration-dashboard')
        open.onupgradeneeded = () => open.result.createObjectStore('imports')
        open.onsuccess = () => {
          const store = open.result.transaction('imports', 'readwrite').objectStore('imports')
          const w = window as unknown as { releaseImportsStore?: boolean }
          const spin = () => {
            if (w.releaseImportsStore) return open.result.close()
            store.get('held').onsuccess = spin
          }
          spin()
          held()
        }
      }),
  )
  return () =>
    page.evaluate(
      () =>
        void ((window as unknown as { releaseImportsStore?: boolean }).releaseImportsStore = true),
    )
}

test('leaving the page while an import is being saved asks first; after the save it does not', async ({
  page,
}) => {
  await openEmptyImportView(page)
  await checkSample(page)
  const release = await holdImportsStore(page)
  await page.getByRole('button', { name: 'Import 5 figures' }).click()
  await expect(page.getByText('Saving 5 figures…')).toBeVisible()

  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  expect(page.isClosed()).toBe(false)

  await release()
  await expect(
    page.getByText('Imported 5 figures from “import-sample.csv”.', { exact: false }),
  ).toBeVisible()
  const dialogs: string[] = []
  page.on('dialog', (d) => void dialogs.push(d.type()))
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => page.isClosed()).toBe(true)
  expect(dialogs).toEqual([])
})

test('a second tab sees an import saved and then removed in the first, without a reload', async ({
  page,
  context,
}) => {
  await openEmptyImportView(page)
  const other = await context.newPage()
  await openApp(other, '?view=import')
  await expect(other.getByText('You have not imported any figures yet.')).toBeVisible()

  await checkSample(page)
  await page.getByRole('button', { name: 'Import 5 figures' }).click()
  const otherFiles = other.getByRole('table', { name: 'Files imported in this browser' })
  await expect(otherFiles.getByRole('rowheader', { name: 'import-sample.csv' })).toBeVisible()

  await page.getByRole('button', { name: 'Remove “import-sample.csv”' }).click()
  await page.getByRole('button', { name: 'Yes, remove' }).click()
  await expect(other.getByText('You have not imported any figures yet.')).toBeVisible()
  await expect(otherFiles).toHaveCount(0)
})
