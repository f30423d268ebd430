// The picture, not only the words: each estimate kind is drawn as what it is, on screen and in the
// exported SVG, read from the SVG's own geometry (tests/e2e/helpers/geometry.ts). The figures are
// the test's own (tests/e2e/fixtures/estimate-kinds.csv, invented): a point of 100, a lower bound
// of 200 and a range of 50 to 150 in one chart, so positions can be compared with each other; and
// the same kinds over four years in one place, for the line chart.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './helpers/console'
import { openApp, openEmptyImportView } from './helpers/app'
import {
  expectDrawnAsEstimates,
  expectDrawnAsEstimatesUpright,
  readMarks,
  type Expected,
} from './helpers/geometry'

const FIXTURE = 'tests/e2e/fixtures/estimate-kinds.csv'
const INDICATOR = 'returns-registered-for-the-geometry-test'
const TITLE = 'Returns registered for the geometry test'
const OVER_TIME = 'returns-over-time-for-the-geometry-test'
const OVER_TIME_TITLE = 'Returns over time for the geometry test'
const OVER_TIME_FIGURES: Record<string, Expected> = {
  'Jamaica 2017': { kind: 'point', value: 100 },
  'Jamaica 2018': { kind: 'lower-bound', value: 200 },
  'Jamaica 2019': { kind: 'range', low: 50, high: 150 },
  'Jamaica 2020': { kind: 'point', value: 300 },
}
const FIGURES: Record<string, Expected> = {
  Jamaica: { kind: 'point', value: 100 },
  'Trinidad and Tobago': { kind: 'lower-bound', value: 200 },
  Guyana: { kind: 'range', low: 50, high: 150 },
}

async function importFixture(page: Page): Promise<void> {
  await openEmptyImportView(page)
  await page.getByLabel('Choose a CSV or JSON file to check').setInputFiles(FIXTURE)
  await page.getByRole('button', { name: /^Import 7 figures/ }).click()
  await expect(page.getByText(/^Imported 7 figures from “estimate-kinds\.csv”/)).toBeVisible()
}

async function exportedSvg(page: Page, title = TITLE): Promise<string> {
  await page
    .getByRole('button', { name: new RegExp(`^Download, copy or print: ${title}`) })
    .first()
    .click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG vector image', exact: true }).click(),
  ])
  return readFile((await download.path())!, 'utf8')
}

test.describe('estimate kinds as drawn', () => {
  test.beforeEach(async ({ page }) => {
    await importFixture(page)
  })

  test('ranked bars: on screen, each kind is drawn as what it is', async ({ page }) => {
    await openApp(page, `?view=indicator&indicator=${INDICATOR}&time=2020&tab=bar`)
    await expect(page.locator('.indicator-figure__chart svg').first()).toBeVisible()
    const marks = await readMarks(page, '.indicator-figure__chart')
    expect(marks.map((m) => m.kind).sort()).toEqual(['lower-bound', 'point', 'range'])
    expectDrawnAsEstimates(marks, FIGURES)
  })

  test('ranked bars: the exported SVG draws each kind the same way', async ({ page }) => {
    await openApp(page, `?view=indicator&indicator=${INDICATOR}&time=2020&tab=bar`)
    await expect(page.locator('.indicator-figure__chart svg').first()).toBeVisible()
    const svg = await exportedSvg(page)
    // The chart is embedded as a nested <svg> of its own; the legend's samples are not figures.
    const marks = await readMarks(page, 'svg svg:not(.legend-swatch)', svg)
    expect(marks.map((m) => m.kind).sort()).toEqual(['lower-bound', 'point', 'range'])
    expectDrawnAsEstimates(marks, FIGURES)
  })

  test('line chart: on screen, each kind is drawn as what it is', async ({ page }) => {
    await openApp(page, `?view=indicator&indicator=${OVER_TIME}&tab=line`)
    await page.getByRole('tab', { name: 'Line' }).click()
    await expect(
      page.locator('.indicator-figure__chart svg[data-chart="line"]').first(),
    ).toBeVisible()
    const marks = await readMarks(page, '.indicator-figure__chart')
    expect(marks.map((m) => m.kind).sort()).toEqual(['lower-bound', 'point', 'point', 'range'])
    expectDrawnAsEstimatesUpright(marks, OVER_TIME_FIGURES)
  })

  test('line chart: the exported SVG draws each kind the same way', async ({ page }) => {
    await openApp(page, `?view=indicator&indicator=${OVER_TIME}&tab=line`)
    await page.getByRole('tab', { name: 'Line' }).click()
    await expect(
      page.locator('.indicator-figure__chart svg[data-chart="line"]').first(),
    ).toBeVisible()
    const svg = await exportedSvg(page, OVER_TIME_TITLE)
    const marks = await readMarks(page, 'svg svg:not(.legend-swatch)', svg)
    expect(marks.map((m) => m.kind).sort()).toEqual(['lower-bound', 'point', 'point', 'range'])
    expectDrawnAsEstimatesUpright(marks, OVER_TIME_FIGURES)
  })
})
