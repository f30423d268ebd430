// Exports in a real browser: every item of the menu on an indicator view and on a headline card,
// checked by reading the downloaded files back (SVG parsed, PNG size from IHDR, CSV with
// papaparse, XLSX with SheetJS), the filtered view, the clipboard, print and the lazy chunk.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import * as XLSX from '@e965/xlsx'
import { test, expect } from './helpers/console'
import { openApp } from './helpers/app'

interface BuiltInFigure {
  id: string
  caveats: { text: { en: string; es: string } }[]
}
/** The built-in data, read as the app serves it. */
const dataset = JSON.parse(readFileSync('public/data/v1/dataset.json', 'utf8')) as {
  datasetVersion: string
  figures: BuiltInFigure[]
}
const figure = (id: string) => dataset.figures.find((f) => f.id === id)!
const SMUGGLED = figure('migrants-smuggled-world-2016')
const RETURNS = figure('involuntary-returns-caricom-2018')
const TODAY = new Date()
const DAY = `${TODAY.getFullYear()}-${String(TODAY.getMonth() + 1).padStart(2, '0')}-${String(TODAY.getDate()).padStart(2, '0')}`

interface Exported {
  name: string
  bytes: Buffer
}

/** Opens the menu named `menu`, chooses `item`, and returns the downloaded file. */
async function exportFile(page: Page, menu: RegExp, item: string): Promise<Exported> {
  await page.getByRole('button', { name: menu }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item, exact: true }).click(),
  ])
  const bytes = await readFile((await download.path())!)
  return { name: download.suggestedFilename(), bytes }
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Parses the SVG with the browser's own XML parser; returns its words and what it embeds. */
async function readSvg(page: Page, bytes: Buffer) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      words: [...doc.querySelectorAll('text')]
        .map((t) => t.textContent)
        .join(' ')
        .replace(/\s+/g, ' '),
      nestedCharts: doc.querySelectorAll('svg svg:not(.legend-swatch)').length,
      legendSwatches: doc.querySelectorAll('svg svg.legend-swatch').length,
      externalRefs: [...doc.querySelectorAll('[href]')].map((el) => el.getAttribute('href')),
    }
  }, bytes.toString('utf8'))
}

function readCsv(bytes: Buffer) {
  const text = bytes.toString('utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

const CHART_MENU = /^Download, copy or print: Migrants smuggled$/

test.describe('exports from an indicator view', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, '?view=indicator&indicator=migrants-smuggled')
    await expect(page.locator('svg.recharts-surface')).toBeVisible()
  })

  test('SVG: parses, embeds the chart, keeps title, subtitle, source, every caveat and the link as text', async ({
    page,
  }) => {
    const file = await exportFile(page, CHART_MENU, 'SVG vector image')
    expect(file.name).toBe(`migrants-smuggled_001_2016_${DAY}.svg`)
    const svg = await readSvg(page, file.bytes)
    expect(svg.parseError).toBeNull()
    expect(svg.root).toBe('svg')
    expect(svg.nestedCharts).toBe(1)
    // The chart's legend: one kind of estimate drawn, one sample and its meaning.
    expect(svg.legendSwatches).toBe(1)
    expect(svg.words).toContain('Bar that fades out, with an arrow: a lower bound')
    expect(svg.externalRefs).toEqual([])
    expect(svg.words).toContain('Migrants smuggled')
    expect(svg.words).toContain('World · 2016')
    expect(svg.words).toContain('at least 2.5 million people')
    expect(svg.words).toContain('Source: International Organization for Migration (IOM)')
    for (const caveat of SMUGGLED.caveats) expect(svg.words).toContain(caveat.text.en)
    expect(svg.words).toContain(page.url())
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
      `Downloaded ${file.name}.`,
    )
  })

  test('PNG: 1200 px wide for screens and 2400 px for print, same drawing', async ({ page }) => {
    const screen = await exportFile(page, CHART_MENU, 'PNG image for screens (1200 px wide)')
    const print = await exportFile(page, CHART_MENU, 'PNG image for print (2400 px wide)')
    expect(screen.name).toBe(`migrants-smuggled_001_2016_${DAY}.png`)
    expect(print.name).toBe(`migrants-smuggled_001_2016_print_${DAY}.png`)
    const a = pngSize(screen.bytes)
    const b = pngSize(print.bytes)
    expect(a.width).toBe(1200)
    expect(b.width).toBe(2400)
    expect(Math.abs(b.height - 2 * a.height)).toBeLessThanOrEqual(2)
    expect(a.height).toBeGreaterThan(600)
    // The drawing is not blank: a large PNG of text and a chart.
    expect(screen.bytes.length).toBeGreaterThan(40_000)
  })

  test('CSV: parses back to the figure, with the lower bound kept open, every caveat and the dataset version', async ({
    page,
  }) => {
    const file = await exportFile(page, CHART_MENU, 'CSV: the figures shown')
    expect(file.name).toBe(`migrants-smuggled_001_2016_${DAY}.csv`)
    const rows = readCsv(file.bytes)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      indicator: 'Migrants smuggled',
      'geography code': '001',
      year: '2016',
      'estimate kind': 'Lower bound (at least)',
      'value (as displayed)': 'at least 2.5 million',
      low: '2500000',
      high: '',
      unit: 'people',
      'dataset version': dataset.datasetVersion,
    })
    expect(rows[0]!.caveats!.split(' | ')).toHaveLength(SMUGGLED.caveats.length)
  })

  test('Excel: the spreadsheet library is fetched only now, and the file has both sheets', async ({
    page,
  }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    const file = await exportFile(
      page,
      CHART_MENU,
      'Excel: the figures shown, with sources and caveats',
    )
    expect(scripts.some((url) => /\/xlsx[-.][^/]*\.js$/.test(url))).toBe(true)
    expect(file.name).toBe(`migrants-smuggled_001_2016_${DAY}.xlsx`)
    const book = XLSX.read(file.bytes, { type: 'buffer' })
    expect(book.SheetNames).toEqual(['Data', 'Sources and caveats'])
    const [row] = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Data!)
    expect(row).toMatchObject({ 'value (as displayed)': 'at least 2.5 million', low: 2500000 })
    expect(row!.high).toBeUndefined()
    const notes = XLSX.utils
      .sheet_to_json<unknown[]>(book.Sheets['Sources and caveats']!, { header: 1 })
      .flat()
      .join('\n')
    for (const caveat of SMUGGLED.caveats) expect(notes).toContain(caveat.text.en)
    expect(notes).toContain(page.url())
  })

  test('full dataset: one workbook with a readme, every figure and its metadata', async ({
    page,
  }) => {
    const file = await exportFile(page, CHART_MENU, 'Full dataset (Excel, with readme)')
    expect(file.name).toBe(`migration-statistics-full-dataset-v1-0-0_${DAY}.xlsx`)
    const book = XLSX.read(file.bytes, { type: 'buffer' })
    expect(book.SheetNames).toEqual([
      'Readme',
      'Data',
      'Sources and caveats',
      'Source documents',
      'Geographies',
    ])
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Data!)
    expect(rows.map((r) => r['figure id'])).toEqual(dataset.figures.map((f) => f.id))
    const readme = XLSX.utils
      .sheet_to_json<unknown[]>(book.Sheets.Readme!, { header: 1 })
      .flat()
      .join('\n')
    expect(readme).toContain('How to cite')
    expect(readme).toContain('value (as displayed)')
  })

  test('copy citation and copy image put them on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: CHART_MENU }).click()
    await page.getByRole('button', { name: 'Copy citation', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible()
    const citation = await page.evaluate(() => navigator.clipboard.readText())
    expect(citation).toMatch(
      /^Migrants smuggled \(World · 2016\)\. Original producer: UNODC Global Study/,
    )
    expect(citation).toContain(`from ${page.url()}.`)

    await page.getByRole('button', { name: CHART_MENU }).click()
    await page.getByRole('button', { name: 'Copy image', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Image copied' })).toBeVisible()
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((item) => item.types),
    )
    expect(types).toContain('image/png')
  })

  test('menu by keyboard: Enter opens, Escape closes and focus returns to the button', async ({
    page,
  }) => {
    const button = page.getByRole('button', { name: CHART_MENU })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('button', { name: 'PNG image for screens (1200 px wide)' }),
    ).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(
      page.getByRole('button', { name: 'PNG image for print (2400 px wide)' }),
    ).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(button).toBeFocused()
    await expect(button).toHaveAttribute('aria-expanded', 'false')
  })

  test('print: the menu prints; the printed page has chart, table, caveats and sources without the app’s navigation', async ({
    page,
  }) => {
    await page.evaluate(() => {
      const w = window as unknown as { printed: number }
      w.printed = 0
      window.print = () => void w.printed++
    })
    await page.getByRole('button', { name: CHART_MENU }).click()
    await page.getByRole('button', { name: 'Print this view', exact: true }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1)

    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden()
    await expect(page.getByRole('button', { name: CHART_MENU })).toBeHidden()
    await expect(page.getByRole('tablist')).toBeHidden()
    await expect(page.locator('svg.recharts-surface')).toBeVisible()
    await expect(page.getByRole('table').first()).toBeVisible()
    await expect(page.getByText(SMUGGLED.caveats[0]!.text.en).first()).toBeVisible()
    await expect(
      page.getByText(/^Source: International Organization for Migration/).first(),
    ).toBeVisible()
  })
})

test.describe('exports of a filtered view (?country=JAM&time=2018)', () => {
  const search = '?view=indicator&indicator=involuntary-returns&country=JAM&time=2018'
  const menu = /^Download, copy or print: Involuntary returns registered$/

  test('the subtitle, the link and the rows follow the filter', async ({ page }) => {
    await openApp(page, search)
    await expect(page.locator('svg.recharts-surface')).toBeVisible()
    const link = page.url()
    expect(link).toContain('country=JAM&time=2018')

    const rows = readCsv((await exportFile(page, menu, 'CSV: the figures shown')).bytes)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      'geography code': 'CARICOM',
      year: '2018',
      'value (as displayed)': '4,323',
      low: '4323',
      high: '4323',
    })
    // Why the regional figure is shown is a note of the view, in its own column, not a caveat.
    expect(rows[0]!.caveats).not.toMatch(/Jamaica/)
    expect(rows[0]!['notes on this view (not caveats)']).toContain(
      'Which countries reported is not stated, so whether Jamaica is included is not known.',
    )

    const svg = await readSvg(page, (await exportFile(page, menu, 'SVG vector image')).bytes)
    expect(svg.parseError).toBeNull()
    expect(svg.words).toContain('Caribbean (CARICOM member states) · 2018')
    expect(svg.words).toContain(link)
    expect(svg.words).toContain(
      'Notes on this view (about this filter, not caveats of the figures):',
    )
    expect(svg.words).toContain('whether Jamaica is included is not known.')
    expect(svg.words).not.toContain('alone is not reported')
    for (const caveat of RETURNS.caveats) expect(svg.words).toContain(caveat.text.en)

    const book = XLSX.read(
      (await exportFile(page, menu, 'Excel: the figures shown, with sources and caveats')).bytes,
      { type: 'buffer' },
    )
    const notes = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Sources and caveats']!, {
      header: 1,
    })
    expect(notes[3]).toEqual(['Link to the view', link])
  })
})

test.describe('exports from a headline card', () => {
  const menu = /^Download, copy or print: Profits from migrant smuggling$/

  test('the card’s image draws its value; its CSV keeps the range', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await openApp(page, '')
    // The first view does not fetch the spreadsheet library or the export code.
    expect(scripts.filter((url) => /xlsx|run-export/.test(url))).toEqual([])

    const png = await exportFile(page, menu, 'PNG image for screens (1200 px wide)')
    expect(png.name).toBe(`smuggling-profits_001_2016_${DAY}.png`)
    expect(pngSize(png.bytes).width).toBe(1200)

    const svg = await readSvg(page, (await exportFile(page, menu, 'SVG vector image')).bytes)
    expect(svg.parseError).toBeNull()
    expect(svg.nestedCharts).toBe(0)
    expect(svg.words).toContain('US$5.5–7 billion')
    expect(svg.words).toContain('Range (low to high)')
    for (const caveat of figure('smuggling-profits-world-2016').caveats)
      expect(svg.words).toContain(caveat.text.en)

    const [row] = readCsv((await exportFile(page, menu, 'CSV: the figures shown')).bytes)
    expect(row).toMatchObject({
      low: '5500000000',
      high: '7000000000',
      currency: 'USD',
      'value (as displayed)': 'US$5.5–7 billion',
    })
  })

  test('in Spanish, the files speak Spanish', async ({ page }) => {
    await openApp(page, '?lang=es')
    const menuEs = /^Descargar, copiar o imprimir: Migrantes objeto de tráfico ilícito$/
    const [row] = readCsv((await exportFile(page, menuEs, 'CSV: las cifras mostradas')).bytes)
    expect(row).toMatchObject({
      indicador: 'Migrantes objeto de tráfico ilícito',
      'valor (como se muestra)': 'al menos 2,5 millones',
      máximo: '',
    })
    const svg = await readSvg(page, (await exportFile(page, menuEs, 'Imagen vectorial SVG')).bytes)
    expect(svg.words).toContain('Fuente:')
    for (const caveat of SMUGGLED.caveats) expect(svg.words).toContain(caveat.text.es)
  })
})
