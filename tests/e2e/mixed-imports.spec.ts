// Issue 11 in a real browser, with both fixture files (mocks/imports) imported through the page:
// the built-in 4,323 stays the headline, the exported files (SVG, CSV, Excel) say which figures
// are imported and from which file, the notes of the view stay out of the caveats, and a
// colleague's browser without the files says what is missing.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import * as XLSX from '@e965/xlsx'
import { test, expect } from './helpers/console'
import { openApp, openEmptyImportView, waitForApp } from './helpers/app'

const NATIONAL = 'mocks/imports/jamaica-deportees-2016-2022.csv'
const MULTI = 'mocks/imports/caribbean-removals-2020.csv'
const JAMAICA_FILE = /Imported from jamaica-deportees-2016-2022\.csv on /

async function importBoth(page: Page): Promise<void> {
  await openEmptyImportView(page)
  for (const [file, count] of [
    [NATIONAL, 7],
    [MULTI, 8],
  ] as const) {
    await page.getByLabel('Choose a CSV or JSON file to check').setInputFiles(file)
    await page.getByRole('button', { name: `Import ${count} figures` }).click()
    await expect(
      page.getByText(`Imported ${count} figures from “${file.split('/').pop()}”`, { exact: false }),
    ).toBeVisible()
  }
}

async function download(page: Page, menu: RegExp, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: menu }).click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item, exact: true }).click(),
  ])
  return readFile((await file.path())!)
}

test('both files imported: headline, exports with origin, notes of the view, and the colleague’s message', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  await importBoth(page)

  await openApp(page, '')
  const returns = page.getByRole('figure', { name: 'Involuntary returns registered' })
  await expect(returns.getByText('4,323 returns')).toBeVisible()
  await expect(
    page.getByText(
      '8 figures: Jamaica and Caribbean (CARICOM member states), 2016–2022; 7 imported',
    ),
  ).toBeVisible()
  const removals = page.getByRole('figure', {
    name: 'Removals to Caribbean countries (test fixture)',
  })
  await expect(removals.getByText('1,904 returns')).toBeVisible()
  await expect(removals.getByText(/^Imported from caribbean-removals-2020\.csv on /)).toBeVisible()
  await expect(page.getByRole('contentinfo')).toContainText('jamaica-deportees-2016-2022.csv')

  // The bar chart: its labels name each figure's place and period, with "imported" where it is.
  await openApp(page, '?view=indicator&indicator=involuntary-returns&country=JAM&tab=bar')
  await expect(page.locator('svg.recharts-surface')).toBeVisible()
  await expect(
    page
      .getByText(
        'Jamaica’s own figure for 2018 is in the data: 1,183 returns (imported from jamaica-deportees-2016-2022.csv).',
      )
      .first(),
  ).toBeVisible()
  expect(page.url()).toContain(
    'imported=caribbean-removals-2020.csv&imported=jamaica-deportees-2016-2022.csv'.split('&')[1]!,
  )
  const menu = /^Download, copy or print: Involuntary returns registered$/

  // SVG: the chart's own labels and the caption say "imported"; the notes of the view have their heading.
  const svgText = (await download(page, menu, 'SVG vector image')).toString('utf8')
  const words = await page.evaluate(
    (text) =>
      [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')]
        .map((t) => t.textContent)
        .join(' ')
        .replace(/\s+/g, ' '),
    svgText,
  )
  expect(words).toMatch(/Jamaica, 2018 · imported/)
  expect(words).toMatch(JAMAICA_FILE)
  expect(words).toContain('Notes on this view (about this filter, not caveats of the figures):')
  expect(words).not.toContain('alone is not reported')

  // CSV: an origin column; the notes of the view in their own column, never among the caveats.
  const csv = (await download(page, menu, 'CSV: the figures shown')).toString('utf8')
  const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data
  expect(rows.filter((r) => JAMAICA_FILE.test(r.origin ?? ''))).toHaveLength(7)
  const regional = rows.find((r) => r['geography code'] === 'CARICOM')!
  expect(regional.origin).toBe('built-in')
  expect(regional['notes on this view (not caveats)']).toContain(
    'Jamaica’s own figure for 2018 is in the data',
  )
  expect(rows.map((r) => r.caveats).join(' ')).not.toMatch(
    /Jamaica’s own figure|whether Jamaica|Shown because/,
  )

  // Excel: the data sheet's origin column.
  const book = XLSX.read(
    await download(page, menu, 'Excel: the figures shown, with sources and caveats'),
    { type: 'buffer' },
  )
  const data = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Data!)
  expect(data.filter((r) => JAMAICA_FILE.test(r.origin ?? ''))).toHaveLength(7)

  // A colleague's browser: no imports.
  const link = page.url()
  const colleague = await browser.newPage()
  await colleague.goto(
    link.replace(
      '/indicator/involuntary-returns',
      '/indicator/removals-to-caribbean-countries-test-fixture',
    ),
  )
  await waitForApp(colleague)
  await expect(
    colleague.getByText(
      /^This view showed figures imported in another browser, from .*jamaica-deportees-2016-2022\.csv.*; they are not in this browser\. Ask the sender for the file/,
    ),
  ).toBeVisible()
  await expect(
    colleague.getByText(
      '“indicator=removals-to-caribbean-countries-test-fixture” comes from those imported figures.',
    ),
  ).toBeVisible()
  await expect(colleague.getByText(/does not exist in the data/)).toHaveCount(0)
  await colleague.close()
})
