// Issue 13 in a real browser: the Map tab. The built-in CARICOM figure as the outline of its
// members with its coverage and no member shown as reporting; imported country figures
// (mocks/imports) shaded in the classes of the key; Barbados and Grenada visible, reachable by
// keyboard and announced; the map as a table; PNG and SVG exports read back; the map in Spanish.
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './helpers/console'
import { openApp, openEmptyImportView } from './helpers/app'
import { expectNoAxeViolations } from './helpers/axe'

const RETURNS_MAP = '?view=indicator&indicator=involuntary-returns&tab=map'
const COVERAGE = 'Registered in seven of the 15 CARICOM member states; which ones is not stated.'
const DISCLAIMER =
  'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance.'

async function importFixtures(page: Page): Promise<void> {
  await openEmptyImportView(page)
  for (const [file, count] of [
    ['mocks/imports/caribbean-removals-2020.csv', 8],
    ['mocks/imports/eastern-caribbean-returns-2019-2020.csv', 8],
  ] as const) {
    await page.getByLabel('Choose a CSV or JSON file to check').setInputFiles(file)
    await page.getByRole('button', { name: `Import ${count} figures` }).click()
    await expect(
      page.getByText(`Imported ${count} figures from “${file.split('/').pop()}”`, { exact: false }),
    ).toBeVisible()
  }
}

function map(page: Page): Locator {
  return page.locator('svg.country-map__map')
}

/** A mark's box on screen is at least `min` px wide and high (a small state's circle). */
async function expectVisibleMark(mark: Locator, min = 12): Promise<void> {
  await expect(mark).toBeVisible()
  const box = (await mark.boundingBox())!
  expect(box.width).toBeGreaterThanOrEqual(min)
  expect(box.height).toBeGreaterThanOrEqual(min)
}

/** Presses Tab until the focused element's accessible name starts with `name`. */
async function tabTo(page: Page, name: string, limit = 40): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
    if (label?.startsWith(name)) return label
  }
  throw new Error(`${name} was not reached by Tab`)
}

test('the built-in CARICOM figure: outline of its members, coverage written, no member shaded as reporting', async ({
  page,
}) => {
  await openApp(page, RETURNS_MAP)
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true')
  await expect(map(page)).toBeVisible()
  await expect(page.locator('svg.country-map__key')).toContainText(COVERAGE)
  await expect(page.locator('.indicator-figure__summary')).toContainText(COVERAGE)
  await expect(map(page).locator('[data-member="true"]')).toHaveCount(15)
  await expect(map(page).locator('[data-reporter="true"]')).toHaveCount(0)
  // No country is shaded by a class: the regional figure is not any member's figure.
  await expect(map(page).locator('[data-class]')).toHaveCount(0)
  await expect(page.getByText(DISCLAIMER)).toBeVisible()

  // Barbados and Grenada: visible, named beside their circles, reached by keyboard, announced.
  await expect(map(page).locator('[data-label="GRD"]')).toHaveText('Grenada')
  await expect(map(page).locator('[data-label="BRB"]')).toHaveText('Barbados')
  for (const name of ['Barbados', 'Grenada'])
    await expectVisibleMark(map(page).getByRole('button', { name: new RegExp(`^${name}:`) }))
  await page.getByRole('link', { name: 'Skip the map: go to the map as a table' }).focus()
  const grenada = await tabTo(page, 'Grenada')
  expect(grenada).toBe(
    'Grenada: no figure of its own for 2018. Member of Caribbean (CARICOM member states), whose figure is 4,323 returns; whether Grenada reported is not stated.',
  )
  await expect(page.locator('.map-detail')).toHaveText(grenada)
  await expectNoAxeViolations(page, 'the CARICOM map with Grenada selected')
})

test('imported country figures: shaded in the classes of the key; small states marked, hatched, announced; periods; the table', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await importFixtures(page)

  await openApp(
    page,
    '?view=indicator&indicator=removals-to-caribbean-countries-test-fixture&tab=map',
  )
  await expect(map(page)).toBeVisible()
  const key = page.locator('svg.country-map__key')
  await expect(key).toContainText('Unit: returns · period: 2020')
  const classes = await key.locator('[data-key-class]').evaluateAll((entries) =>
    entries.map((e) => ({
      index: Number(e.getAttribute('data-key-class')),
      text: e.querySelector('text')!.textContent,
      fill: e.querySelector('rect')!.getAttribute('fill'),
    })),
  )
  expect(classes.map((c) => c.text)).toEqual([
    '35 to under 70',
    '70 to under 200',
    '200 to under 1,000',
    '1,000 to 1,904',
  ])
  const marks = await map(page)
    .locator('[data-class]')
    .evaluateAll((gs) =>
      gs.map((g) => ({
        place: g.getAttribute('data-place'),
        value: Number(g.getAttribute('data-value')),
        index: Number(g.getAttribute('data-class')),
        fill: g.querySelector('path')!.getAttribute('fill'),
      })),
    )
  expect(marks).toHaveLength(8)
  const bounds = [
    [35, 70],
    [70, 200],
    [200, 1000],
    [1000, 1904],
  ]
  for (const mark of marks) {
    const [low, high] = bounds[mark.index]!
    expect(mark.value, mark.place!).toBeGreaterThanOrEqual(low!)
    expect(mark.index === 3 ? mark.value <= high! : mark.value < high!, mark.place!).toBe(true)
    // Shaded with its class's colour in the key.
    expect(mark.fill, mark.place!).toBe(classes[mark.index]!.fill)
  }
  await expectVisibleMark(map(page).getByRole('button', { name: /^Barbados:/ }))

  // Small states: lower bound hatched, range cross-hatched, zero apart from no data.
  await openApp(
    page,
    '?view=indicator&indicator=returns-to-the-eastern-caribbean-test-fixture&tab=map',
  )
  await expect(map(page)).toBeVisible()
  const grenadaMark = map(page).getByRole('button', { name: /^Grenada:/ })
  const barbadosMark = map(page).getByRole('button', { name: /^Barbados:/ })
  await expectVisibleMark(grenadaMark)
  await expectVisibleMark(barbadosMark)
  await expect(grenadaMark).toHaveAttribute('data-kind', 'lower-bound')
  await expect(grenadaMark.locator('[fill$="-hatch)"]').first()).toBeAttached()
  await expect(barbadosMark.locator('[fill$="-cross)"]').first()).toBeAttached()
  const dominica = map(page).getByRole('button', { name: /^Dominica:/ })
  await expect(dominica).toHaveAttribute('data-class', '-1')
  await expect(dominica.locator('path').first()).toHaveAttribute('fill', '#ffffff')
  await expect(page.locator('svg.country-map__key')).toContainText('Zero')
  await expect(page.locator('svg.country-map__key')).toContainText('No figure of its own')
  await expect(page.locator('svg.country-map__key')).toContainText('Hatched: a lower bound')

  await page.getByRole('link', { name: 'Skip the map: go to the map as a table' }).focus()
  const announced = await tabTo(page, 'Grenada')
  expect(announced).toMatch(
    /^Grenada: at least 12 returns \(Lower bound \(at least\)\), 2020, 2 caveats\. Your imported figure: Imported from eastern-caribbean-returns-2019-2020\.csv on /,
  )
  await expect(page.locator('.map-detail')).toHaveText(announced)
  await tabTo(page, 'Barbados: 30–45 returns (Range (low to high)), 2020')

  // The table, one step from the map: every mark a row, with its class.
  await page.getByRole('link', { name: 'Skip the map: go to the map as a table' }).click()
  const table = page.getByRole('table', { name: /^The map as a table: Returns to the Eastern/ })
  await expect(table).toBeFocused()
  await expect(table.locator('tbody tr')).toHaveCount(6)
  await expect(table.getByRole('row', { name: /^Grenada/ })).toContainText('may be higher')
  await expect(table.getByRole('row', { name: /^Dominica/ })).toContainText('Zero')

  // Another period.
  await page.getByLabel('Period shown on the map').selectOption({ label: '2019 (2 figures)' })
  await expect(map(page).locator('[data-class]')).toHaveCount(2)
  await expect(page.locator('svg.country-map__key')).toContainText('period: 2019')
})

test('exports: PNG at both sizes and SVG with the caption, the key and the boundary disclaimer', async ({
  page,
}) => {
  await openApp(page, RETURNS_MAP)
  await expect(map(page)).toBeVisible()
  const menu = page.getByRole('button', {
    name: 'Download, copy or print: Involuntary returns registered',
  })
  const download = async (item: string) => {
    await menu.click()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: item, exact: true }).click(),
    ])
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) }
  }
  const svg = await download('SVG vector image')
  expect(svg.name).toMatch(/^involuntary-returns-map_caricom_2018_\d{4}-\d{2}-\d{2}\.svg$/)
  const read = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      words: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      members: doc.querySelectorAll('[data-member="true"]').length,
      rings: doc.querySelectorAll('.chart-focus-ring').length,
    }
  }, svg.bytes.toString('utf8'))
  expect(read.parseError).toBeNull()
  expect(read.members).toBe(15)
  expect(read.rings).toBe(0)
  for (const words of [
    'Involuntary returns registered',
    'Caribbean (CARICOM member states) · 2018',
    COVERAGE,
    'Source: International Organization for Migration (IOM)',
    'Data from only seven Caribbean countries',
    DISCLAIMER,
    page.url(),
  ])
    expect(read.words.replace(/\s+/g, ' ')).toContain(words)

  for (const [item, width] of [
    ['PNG image for screens (1200 px wide)', 1200],
    ['PNG image for print (2400 px wide)', 2400],
  ] as const) {
    const png = await download(item)
    expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    expect(png.bytes.readUInt32BE(16)).toBe(width)
    // A drawing, not a blank page: a map of outlines and a caption compress to tens of kB.
    expect(png.bytes.length).toBeGreaterThan(width * 20)
  }
})

test('a Spanish map: tab, coverage, country names, announcement and disclaimer in Spanish', async ({
  page,
}) => {
  await openApp(page, `${RETURNS_MAP}&lang=es`)
  await expect(page.getByRole('tab', { name: 'Mapa' })).toHaveAttribute('aria-selected', 'true')
  await expect(map(page)).toBeVisible()
  await expect(page.locator('svg.country-map__key')).toContainText(
    'Registrados en siete de los 15 Estados miembros de la CARICOM; no se indica cuáles.',
  )
  await expect(map(page).getByRole('button', { name: /^Granada:/ })).toBeVisible()
  await page.getByRole('link', { name: 'Saltar el mapa: ir al mapa como tabla' }).focus()
  expect(await tabTo(page, 'Barbados')).toBe(
    'Barbados: sin cifra propia para 2018. Miembro de Caribe (Estados miembros de la CARICOM), cuya cifra es 4323 retornos; no se indica si Barbados informó.',
  )
  await expect(
    page.getByText(
      'Los límites y los nombres que figuran en este mapa y las denominaciones utilizadas en él no implican su aprobación o aceptación oficial.',
    ),
  ).toBeVisible()
})
