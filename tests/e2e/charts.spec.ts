// Each chart type drawn in a real browser, on the built-in data and on figures imported from
// tests/e2e/fixtures/chart-figures.csv (invented test figures, not statistics): a seven-period
// national series, one period across eight places, several places over several periods with
// ranges and lower bounds in two units, and a series whose source changes midway. Checks the
// drawn marks by their data attributes, the guard's notes, the link (chart type and sort), the
// keyboard stepping, and reads each type's PNG and SVG exports back.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { test, expect } from './helpers/console'
import { clearImports, openApp, waitForApp } from './helpers/app'

const fixture = 'tests/e2e/fixtures/chart-figures.csv'
const SEVEN = 'test-returns-over-seven-years-invented'
const EIGHT = 'test-returns-across-eight-countries-invented'
const MIXED = 'test-returns-mixed-estimates-invented'
const SOURCE = 'test-returns-with-a-change-of-source-invented'
const FISCAL = 'test-removals-by-fiscal-and-calendar-year-invented'
const indicator = (id: string, more = '') => `?view=indicator&indicator=${id}${more}`

async function importFixture(page: Page): Promise<void> {
  await openApp(page, '?view=import')
  await clearImports(page)
  await page.reload()
  await waitForApp(page)
  await page.getByLabel('Choose a CSV or JSON file to check').setInputFiles(fixture)
  await page.getByRole('button', { name: 'Import 40 figures' }).click()
  await expect(
    page.getByText('Imported 40 figures from “chart-figures.csv”.', { exact: false }),
  ).toBeVisible()
}

/** The marks drawn in the main chart area, as their data attributes. */
async function marks(page: Page) {
  return page.locator('.indicator-figure__chart [data-kind]').evaluateAll((els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-kind'),
      place: el.getAttribute('data-place'),
      period: el.getAttribute('data-period'),
      value: el.getAttribute('data-value'),
      low: el.getAttribute('data-low'),
      high: el.getAttribute('data-high'),
      circles: el.querySelectorAll('circle:not(.chart-focus-ring)').length,
    })),
  )
}

async function exportFile(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page
    .getByRole('button', { name: /^Download, copy or print: / })
    .last()
    .click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item, exact: true }).click(),
  ])
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) }
}

function pngInfo(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
  const text: Record<string, string> = {}
  let offset = 8
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.subarray(offset + 4, offset + 8).toString('latin1')
    if (type === 'iTXt') {
      const data = bytes.subarray(offset + 8, offset + 8 + length)
      const keyword = data.subarray(0, data.indexOf(0)).toString('latin1')
      const language = data.indexOf(0, data.indexOf(0) + 3)
      text[keyword] = data.subarray(data.indexOf(0, language + 1) + 1).toString('utf8')
    }
    if (type === 'IEND') break
    offset += 12 + length
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), text }
}

async function readSvg(page: Page, bytes: Buffer) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      words: [...doc.querySelectorAll('text')]
        .map((t) => t.textContent)
        .join(' ')
        .replace(/\s+/g, ' '),
      kinds: [...doc.querySelectorAll('[data-kind]')].map((el) => el.getAttribute('data-kind')),
      focusRings: doc.querySelectorAll('.chart-focus-ring').length,
    }
  }, bytes.toString('utf8'))
}

/**
 * PNG (both sizes) and SVG of the view read back: the caption's words are in both (the PNG
 * carries them as text chunks), and the drawing's own words (its legend) in the SVG.
 */
async function expectExports(page: Page, words: string[], drawn: string[] = []) {
  const svg = await readSvg(page, (await exportFile(page, 'SVG vector image')).bytes)
  expect(svg.parseError).toBeNull()
  for (const w of [...words, ...drawn]) expect(svg.words).toContain(w)
  expect(svg.focusRings).toBe(0)
  const screen = pngInfo((await exportFile(page, 'PNG image for screens (1200 px wide)')).bytes)
  const print = pngInfo((await exportFile(page, 'PNG image for print (2400 px wide)')).bytes)
  expect(screen.width).toBe(1200)
  expect(print.width).toBe(2400)
  expect(Math.abs(print.height - 2 * screen.height)).toBeLessThanOrEqual(2)
  const caption = `${screen.text.Title}\n${screen.text.Description}`
  for (const w of words) expect(caption.replace(/\s+/g, ' ')).toContain(w)
  return svg
}

test.describe('charts of imported figures', () => {
  test.beforeEach(async ({ page }) => {
    await importFixture(page)
  })

  test('a seven-period national series is a line by default, falling, its shape in words; stepping reads each point', async ({
    page,
  }) => {
    await openApp(page, indicator(SEVEN))
    await expect(page.getByRole('tab', { name: 'Line' })).toHaveAttribute('aria-selected', 'true')
    const shape = 'Dominican Republic: fell from 1,757 in 2016 to 562 in 2022, down 68%.'
    await expect(page.getByRole('img', { name: shape })).toBeVisible()
    const drawn = await marks(page)
    expect(drawn.map((m) => [m.kind, m.period, m.value])).toEqual(
      [1757, 1600, 1420, 1200, 980, 700, 562].map((v, i) => ['point', String(2016 + i), String(v)]),
    )
    // One line joins the seven points: six segments, no gap.
    await expect(page.locator('.indicator-figure__chart .series__line')).toHaveCount(6)

    await page.getByRole('group', { name: /press the arrow keys/ }).focus()
    await page.keyboard.press('ArrowRight')
    const readout = page.locator('.chart-stepper__readout')
    await expect(readout).toHaveText(
      /^Dominican Republic, 2016: 1,757 \(Point value\)\. 1 caveat\. Point 1 of 7\.$/,
    )
    await page.keyboard.press('End')
    await expect(readout).toHaveText(/^Dominican Republic, 2022: 562 .* Point 7 of 7\.$/)
    await expect(page.locator('.chart-focus-ring')).toHaveCount(1)

    const svg = await expectExports(
      page,
      [
        'Test returns over seven years (invented)',
        'Dominican Republic',
        'Source: Test Ministry of the Interior',
        'Invented test figure; not a statistic.',
      ],
      ['Dots joined by a line'],
    )
    expect(svg.kinds.filter((k) => k === 'point')).toHaveLength(7)
  })

  test('one period across eight places: ranked bars, largest first; the sort in the link orders bars, table and CSV', async ({
    page,
    context,
  }) => {
    await openApp(page, indicator(EIGHT))
    await expect(page.getByRole('tab', { name: 'Bar' })).toHaveAttribute('aria-selected', 'true')
    await expect(
      page.getByRole('img', {
        name: '8 figures. Highest: Dominican Republic (2021), 1,835; lowest: Trinidad and Tobago (2021), 73.',
      }),
    ).toBeVisible()
    const ranked = [
      'Dominican Republic',
      'Jamaica',
      'Haiti',
      'Guatemala',
      'Honduras',
      'El Salvador',
      'Barbados',
      'Trinidad and Tobago',
    ]
    expect((await marks(page)).map((m) => m.place)).toEqual(ranked)

    await page.getByRole('tab', { name: 'Table' }).click()
    await page.getByRole('button', { name: /^Country or region/ }).click()
    await expect(page).toHaveURL(/[?&]tab=table&sort=place-asc(&|$)/)
    const alphabetical = [...ranked].sort((a, b) => a.localeCompare(b))
    await expect(page.getByRole('table').first().getByRole('rowheader')).toHaveText(
      alphabetical.map((p) => new RegExp(`^${p}`)),
    )

    // The link reproduces chart type and sort in a new page; the bars follow the same order.
    const colleague = await context.newPage()
    await openApp(colleague, indicator(EIGHT, '&tab=bar&sort=place-asc'))
    await expect(colleague.getByRole('tab', { name: 'Bar' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect((await marks(colleague)).map((m) => m.place)).toEqual(alphabetical)
    const csv = (await exportFile(colleague, 'CSV: the figures shown')).bytes
      .toString('utf8')
      .slice(1)
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data
    expect(rows.map((r) => r['geography code'])).toEqual([
      'BRB',
      'DOM',
      'SLV',
      'GTM',
      'HTI',
      'HND',
      'JAM',
      'TTO',
    ])

    await expectExports(
      colleague,
      ['Test returns across eight countries (invented)', 'Trinidad and Tobago'],
      ['Solid bar: a single value stated by the source.'],
    )
  })

  test('several places over several periods: ranges and lower bounds drawn honestly, two panels for two units, the guard says why', async ({
    page,
  }) => {
    await openApp(page, indicator(MIXED))
    await expect(page.getByRole('tab', { name: 'Line' })).toHaveAttribute('aria-selected', 'true')
    const guard = page.getByRole('complementary', {
      name: 'Read with care: these figures do not compare directly',
    })
    await expect(guard.locator('[data-guard]')).toHaveCount(4)
    await expect(guard).toContainText(
      'This indicator’s figures are counted in people and returns. Each unit is drawn in its own panel',
    )
    await expect(guard).toContainText('do not cover the same reporting units')
    await expect(guard).toContainText(
      'mix kinds of estimate (point values, lower bounds, and ranges)',
    )
    await expect(guard).toContainText('come from 2 different sources')
    await expect(page.locator('svg.chart-surface')).toHaveCount(2)

    const drawn = await marks(page)
    const jamaica2019 = drawn.find((m) => m.place === 'Jamaica' && m.period === '2019')!
    // A range: both ends, nothing at its middle.
    expect(jamaica2019).toMatchObject({
      kind: 'range',
      low: '300',
      high: '450',
      value: null,
      circles: 0,
    })
    const jamaica2020 = drawn.find((m) => m.place === 'Jamaica' && m.period === '2020')!
    expect(jamaica2020).toMatchObject({ kind: 'lower-bound', value: '500' })
    await expect(page.locator('[data-kind="lower-bound"] .mark__at-least').first()).toHaveText(
      'at least',
    )
    // Jamaica 2021 is missing: nothing drawn there, and no line through it.
    expect(drawn.filter((m) => m.place === 'Jamaica').map((m) => m.period)).toEqual([
      '2018',
      '2019',
      '2020',
      '2022',
    ])
    // Barbados' two ranges are joined by a band; its lower bound is not joined to them.
    await expect(page.locator('[data-series="Barbados"] .series__band')).toHaveCount(1)

    await page.getByRole('tab', { name: 'Bar' }).click()
    await expect(page).toHaveURL(/[?&]tab=bar(&|$)/)
    await expect(page.locator('.indicator-figure__chart [data-kind="range"]')).toHaveCount(3)
    const svg = await expectExports(
      page,
      ['This indicator’s figures are counted in people and returns.'],
      ['Band with end marks'],
    )
    expect(svg.kinds).toContain('lower-bound')

    await page.getByRole('tab', { name: 'Table' }).click()
    await expect(page.getByRole('table').first()).toContainText('at least 500 returns')
    await expect(guard).toBeVisible()
    await expectExports(page, ['Note: This indicator’s figures are counted in people and returns.'])
  })

  test('a series whose source changes midway is broken there and the note says why', async ({
    page,
  }) => {
    await openApp(page, indicator(SOURCE))
    await expect(page.locator('.mark-break')).toHaveCount(1)
    await expect(page.locator('.mark-break')).toHaveAttribute('data-break', 'source coverage')
    await expect(page.locator('.series__line')).toHaveCount(4)
    const note =
      'Guatemala: between 2018 and 2019 there is a change of source and coverage (// on the line); the figures either side are not joined.'
    await expect(page.locator('.chart-notes')).toHaveText(note)
    await expectExports(page, [note], ['A break mark (//) on a line'])
  })

  test('fiscal and calendar years: each drawn at its months, and the guard says they do not line up', async ({
    page,
  }) => {
    await openApp(page, indicator(FISCAL))
    const guard = page.getByRole('complementary', { name: /^Read with care/ })
    await expect(guard.locator('[data-guard="period-type"]')).toHaveText(
      'The figures count by different kinds of period (fiscal years and calendar years): a fiscal year does not line up with a calendar year.',
    )
    // FY2019 (Oct 2018 – Sep 2019) sits a quarter of a year before calendar 2019's middle.
    const x = async (place: string, period: RegExp) =>
      page
        .locator(`.indicator-figure__chart [data-place="${place}"]`)
        .filter({ has: page.locator('*') })
        .evaluateAll((els, source) => {
          const el = els.find((e) => new RegExp(source).test(e.getAttribute('data-period') ?? ''))!
          const box = el.getBoundingClientRect()
          return box.left + box.width / 2
        }, period.source)
    const fy2019 = await x('Honduras', /^FY2019/)
    const cy2019 = await x('Nicaragua', /^2019$/)
    const cy2020 = await x('Nicaragua', /^2020$/)
    expect((cy2019 - fy2019) / (cy2020 - cy2019)).toBeCloseTo(0.25, 1)
    await expectExports(page, ['Note: The figures count by different kinds of period'])
  })

  test('the overview shows each indicator’s shape as a small chart with its text alternative', async ({
    page,
  }) => {
    await openApp(page)
    await expect(
      page.getByRole('img', {
        name: /^Small chart of 7 figures: Dominican Republic: fell from 1,757 in 2016 to 562 in 2022, down 68%\.$/,
      }),
    ).toBeVisible()
    await expect(
      page.getByRole('img', {
        name: /^Small chart of 8 figures: 8 figures\. Highest: Dominican Republic/,
      }),
    ).toBeVisible()
  })
})

test.describe('charts of the built-in figures', () => {
  test('every chart type draws the lower bound as open-ended, and exports', async ({ page }) => {
    await openApp(page, indicator('migrants-smuggled', '&tab=line'))
    await expect(page.getByRole('tab', { name: 'Line' })).toHaveAttribute('aria-selected', 'true')
    expect(await marks(page)).toEqual([
      expect.objectContaining({
        kind: 'lower-bound',
        place: 'World',
        period: '2016',
        value: '2500000',
      }),
    ])
    await expectExports(page, ['Migrants smuggled', 'at least'])
    await page.getByRole('tab', { name: 'Bar' }).click()
    expect(await marks(page)).toEqual([
      expect.objectContaining({ kind: 'lower-bound', value: '2500000' }),
    ])
    await page.getByRole('tab', { name: 'Table' }).click()
    await expect(page.getByRole('table').first()).toContainText('at least 2.5 million')
    await expectExports(page, ['Migrants smuggled', 'at least 2.5 million people'])
  })

  test('a card with more caveats than fit opens the rest in place', async ({ page }) => {
    await openApp(page)
    const card = page.getByRole('figure', { name: 'Migrants smuggled' })
    const more = card.getByText(/^\d+ more caveats$/)
    await expect(more).toBeVisible()
    const hidden = card.locator('.caveats__more .caveat').first()
    await expect(hidden).toBeHidden()
    await more.click()
    await expect(hidden).toBeVisible()
  })
})
