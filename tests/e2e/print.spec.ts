// Printing as a person does from the browser, read back from the PDF: Chromium prints the page
// (page.pdf, A4 and US Letter, the page's own print styles) and pdftotext reads each page. Page 1
// holds a value and its source; every axis label of the chart is on the paper, inside its width;
// every page names the dashboard, the retrieval date, the dataset version, the view's link and
// "Page n of m".
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './helpers/console'
import { clearImports, openApp, waitForApp } from './helpers/app'

const fixture = 'tests/e2e/fixtures/chart-figures.csv'
const VERSION = (
  JSON.parse(readFileSync('public/data/v1/dataset.json', 'utf8')) as { datasetVersion: string }
).datasetVersion
const EIGHT = '?view=indicator&indicator=test-returns-across-eight-countries-invented'
const dir = mkdtempSync(join(tmpdir(), 'print-'))

interface Word {
  text: string
  xMax: number
}
interface PrintedPage {
  text: string
  words: Word[]
  width: number
}

/** Prints the current page to PDF at `format`; returns each page's text and word boxes. */
async function printPdf(page: Page, format: 'A4' | 'Letter', name: string): Promise<PrintedPage[]> {
  // As the browser does before it prints (the chart's folded data table opens).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await page.emulateMedia({ media: 'print' })
  const path = join(dir, `${name}-${format}.pdf`)
  writeFileSync(path, await page.pdf({ format, printBackground: true }))
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' })
  return html
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const words = [
        ...chunk.matchAll(
          /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
        ),
      ].map(([, xMax, text]) => ({ text: decode(text!), xMax: Number(xMax) }))
      return {
        width: Number(/width="([\d.]+)"/.exec(chunk)![1]),
        words,
        text: words.map((w) => w.text).join(' '),
      }
    })
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Every printed page names the dashboard, the date, the view's link (as the address bar has it) and its number. */
function expectFramed(pages: PrintedPage[], linkStart: string) {
  expect(pages.length).toBeGreaterThan(0)
  pages.forEach((p, i) => {
    expect(p.text).toContain('Migration statistics: smuggling and forced returns')
    expect(p.text).toMatch(/Retrieved on \w+ \d{1,2}, \d{4}/)
    expect(p.text).toContain(`dataset version ${VERSION}`)
    expect(p.text.replace(/\s/g, '')).toContain(linkStart)
    expect(p.text).toContain(`Page ${i + 1} of ${pages.length}`)
  })
}

/** Each label is printed, and no word of the page runs past the paper's right edge. */
function expectOnPaper(p: PrintedPage, labels: string[]) {
  expect(labels.length).toBeGreaterThan(2)
  for (const label of labels) expect(p.text, `axis label “${label}”`).toContain(label)
  const beyond = p.words.filter((w) => w.xMax > p.width - 10).map((w) => w.text)
  expect(beyond).toEqual([])
}

/** The chart's axis labels as drawn on screen. */
async function axisLabels(page: Page): Promise<string[]> {
  return page
    .locator('.indicator-figure__chart .recharts-cartesian-axis-tick-label text')
    .evaluateAll((els) => els.map((el) => el.textContent!.trim()).filter(Boolean))
}

for (const format of ['A4', 'Letter'] as const) {
  test.describe(`printing on ${format}`, () => {
    test('the overview: page 1 holds the first figures with their values, sources and caveats', async ({
      page,
    }) => {
      await openApp(page)
      const pages = await printPdf(page, format, 'overview')
      const first = pages[0]!.text
      expect(first).toContain('at least 2.5 million people')
      expect(first).toContain('US$5.5–7 billion')
      expect(first).toMatch(/Source: International Organization for Migration/)
      expect(first).toContain('There is no consensus on the number of migrants smuggled worldwide')
      expectFramed(pages, page.url())
    })

    test('an indicator view: page 1 holds the chart, a value and its source; no axis label is lost', async ({
      page,
    }) => {
      await openApp(page, '?view=indicator&indicator=migrants-smuggled')
      await expect(page.locator('svg.recharts-surface')).toBeVisible()
      const labels = await axisLabels(page)
      const pages = await printPdf(page, format, 'indicator')
      const first = pages[0]!
      expect(first.text).toContain('at least 2.5 million people')
      expect(first.text).toMatch(/Source: International Organization for Migration/)
      expectOnPaper(first, labels)
      expectFramed(pages, page.url())
    })
  })
}

test.describe('printing a chart of eight imported figures', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, '?view=import')
    await clearImports(page)
    await page.reload()
    await waitForApp(page)
    await page.getByLabel('Choose a CSV or JSON file to check').setInputFiles(fixture)
    await page.getByRole('button', { name: 'Import 40 figures' }).click()
    await expect(page.getByText('Imported 40 figures', { exact: false })).toBeVisible()
  })

  test('on a wide screen, the chart is scaled to the A4 page: its largest bar and last axis label are on the paper', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1600, height: 900 })
    await openApp(page, EIGHT)
    await expect(page.locator('svg.recharts-surface')).toBeVisible()
    const labels = await axisLabels(page)
    const pages = await printPdf(page, 'A4', 'eight')
    const first = pages[0]!
    // Title, chart, values, the first figure's source and the start of its caveats on page 1.
    expect(first.text).toContain('Test returns across eight countries (invented)')
    expect(first.text).toContain('1,835 returns')
    expect(first.text).toContain('Source: Test Ministry of the Interior')
    expect(first.text).toContain('Invented test figure; not a statistic.')
    expectOnPaper(first, labels)
    expect(labels).toContain('2,000')
    expectFramed(pages, page.url())
    // The table under the chart repeats its header row on each page it spans.
    const tableHead = await page
      .locator('.indicator-figure__data thead')
      .evaluate((el) => getComputedStyle(el).display)
    expect(tableHead).toBe('table-header-group')
  })
})
