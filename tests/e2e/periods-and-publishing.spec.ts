// Issue 11's downloads in a real browser (worker, IndexedDB, real file downloads): the imported
// figures of a view, with their periods, as a CSV that imports back; the combined data as a
// dataset file that passes data:check.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { test, expect } from './helpers/console'
import { openApp, openEmptyImportView } from './helpers/app'
import { checkDataset } from '@/domain/check-dataset'

async function importFile(page: Page, path: string, name: string, count: number): Promise<void> {
  await page.getByLabel('Choose a CSV or JSON file to check').setInputFiles(path)
  await page.getByRole('button', { name: `Import ${count} figures` }).click()
  await expect(
    page.getByText(`Imported ${count} figures from “${name}”.`, { exact: false }),
  ).toBeVisible()
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') }
}

test('the imported figures of a filtered view download with their periods and import back as the same figures', async ({
  page,
}) => {
  await openEmptyImportView(page)
  await importFile(page, 'tests/fixtures/national-series.csv', 'national-series.csv', 8)
  await importFile(
    page,
    'tests/fixtures/caribbean-removals-fy2020.csv',
    'caribbean-removals-fy2020.csv',
    8,
  )
  await openApp(page, '?country=JAM&time=2019')
  await expect(
    page.getByText('A fiscal year, quarter or month is shown in every year it overlaps.'),
  ).toBeVisible()
  const sent = await download(page, 'Download the imported figures of this view (CSV)')
  expect(sent.name).toMatch(/imported-figures.*\.csv$/)
  const rows = Papa.parse<Record<string, string>>(sent.text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data
  expect(rows.map((r) => [r.period, r['period start'], r['period end']])).toEqual([
    ['2019', '2019-01', '2019-12'],
    ['FY2020 (Oct 2019 – Sep 2020)', '2019-10', '2020-09'],
  ])
  // Imported again in the same browser: both are duplicates, and skipping them imports nothing.
  await openApp(page, '?view=import')
  await page
    .getByLabel('Choose a CSV or JSON file to check')
    .setInputFiles({ name: sent.name, mimeType: 'text/csv', buffer: Buffer.from(sent.text) })
  await expect(page.getByText('2 rows read: 2 valid figures, 0 rows with problems.')).toBeVisible()
  await page.getByRole('checkbox', { name: /^Skip these 2 duplicates/ }).check()
  await expect(page.getByRole('button', { name: 'Import 0 figures' })).toBeDisabled()
})

test('the combined data downloads as a dataset file that data:check refuses only for the missing evidence', async ({
  page,
}) => {
  await openEmptyImportView(page)
  await importFile(
    page,
    'tests/fixtures/caribbean-removals-fy2020.csv',
    'caribbean-removals-fy2020.csv',
    8,
  )
  const published = await download(page, 'Download the combined data as dataset.json')
  expect(published.name).toBe('dataset.json')
  const dataset = JSON.parse(published.text)
  expect(dataset.schemaVersion).toBe(1)
  expect(dataset.figures).toHaveLength(11)
  // The fixture has no evidence: a shared dataset needs it, and the check names each figure.
  expect(checkDataset(dataset).map((issue) => issue.reason.key)).toEqual(
    Array(8).fill('validation.noEvidence'),
  )
})
