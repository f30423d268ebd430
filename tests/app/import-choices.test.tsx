// The choices the import check offers (issue 11, builds 4 and 6): a known indicator given in
// another unit is flagged with a choice (same unit under another name, or a new indicator); a
// file whose figures are already here offers to skip the duplicates and does so; an indicator
// left with two units says so beside its chart.
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setImportEngine } from '@/features/import/api/import-engine'
import { memoryStorage } from '@/features/import/api/import-storage'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { renderApp } from '../render-app'
import { captureDownloads } from '@tests/capture-downloads'

const nationalSeries = readFileSync('tests/fixtures/national-series.csv', 'utf8')
const inPersons = nationalSeries.replaceAll(',returns,', ',persons,')

beforeEach(() => {
  setImportEngine(createLocalEngine(memoryStorage(), () => new Date('2026-03-01T10:00:00Z')))
})
afterAll(() => setImportEngine(null))

async function check(content: string, name: string) {
  const inputs = await screen.findAllByLabelText(
    'Choose a CSV or JSON file to check',
    {},
    { timeout: 5000 },
  )
  await userEvent.upload(inputs.at(-1)!, new File([content], name, { type: 'text/csv' }))
  await screen.findByRole('heading', { name: `Check of “${name}”` })
}

describe('a unit that differs from the indicator’s', { timeout: 15000 }, () => {
  it('is flagged with a choice, and nothing is imported until one is made', async () => {
    renderApp('?view=import')
    await check(inPersons, 'deportees-in-persons.csv')
    const group = screen.getByRole('group', { name: 'Units that differ from the dashboard’s' })
    expect(group).toHaveTextContent(
      '8 figures of “Involuntary returns registered” (rows 2, 3, 4, 5, 6, …) are in people; the dashboard counts this indicator in returns.',
    )
    const importButton = screen.getByRole('button', { name: 'Import 8 figures' })
    expect(importButton).toBeDisabled()
    expect(
      screen.getByText('Choose how to record each unit above before importing.'),
    ).toBeInTheDocument()
    await userEvent.click(
      within(group).getByRole('radio', {
        name: 'The same as returns, under another name: record them in returns',
      }),
    )
    expect(importButton).toBeEnabled()
    await userEvent.click(importButton)
    await screen.findByText(/^Imported 8 figures from “deportees-in-persons.csv”/)
  })

  it('recorded in the indicator’s unit, the figures stand on the indicator’s one scale', async () => {
    const app = renderApp('?view=import')
    await check(inPersons, 'deportees-in-persons.csv')
    await userEvent.click(screen.getByRole('radio', { name: /^The same as returns/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Import 8 figures' }))
    await screen.findByText(/^Imported 8 figures/)
    app.unmount()
    renderApp('?view=indicator&indicator=involuntary-returns&country=JAM&time=2018&tab=table')
    const table = await screen.findByRole(
      'table',
      { name: /^Involuntary returns registered/ },
      { timeout: 10000 },
    )
    expect(table).toHaveTextContent('1,183 returns')
    expect(screen.queryByText(/counted in/)).not.toBeInTheDocument()
  })

  it('made a new indicator, the figures are shown under it, in their own unit (in Spanish)', async () => {
    const app = renderApp('?view=import&lang=es')
    const inputs = await screen.findAllByLabelText(
      'Elija un archivo CSV o JSON para revisarlo',
      {},
      { timeout: 5000 },
    )
    await userEvent.upload(
      inputs.at(-1)!,
      new File([inPersons], 'deportados.csv', { type: 'text/csv' }),
    )
    await userEvent.click(
      await screen.findByRole('radio', {
        name: 'Otra medida: crear un indicador nuevo, «Retornos involuntarios registrados (personas)»',
      }),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Importar 8 cifras' }))
    await screen.findByText(/^Se importaron 8 cifras/)
    app.unmount()
    renderApp('?view=indicator&indicator=involuntary-returns-persons&tab=table&lang=es')
    const table = await screen.findByRole(
      'table',
      { name: /^Retornos involuntarios registrados \(personas\)/ },
      { timeout: 10000 },
    )
    expect(within(table).getAllByRole('row')).toHaveLength(9)
    expect(table).toHaveTextContent('1183 personas')
  })
})

describe('an indicator with two units', { timeout: 15000 }, () => {
  it('says beside its chart that each unit has its own scale', async () => {
    // A new indicator is not checked against itself: a file can give it two units.
    const twoUnits = readFileSync('tests/fixtures/caribbean-removals-fy2020.csv', 'utf8').replace(
      /,persons,(?=Definition[^\n]*\nRemovals to the Caribbean,returns,BRB)/,
      ',returns,',
    )
    const app = renderApp('?view=import')
    await check(twoUnits, 'removals-two-units.csv')
    await userEvent.click(screen.getByRole('button', { name: 'Import 8 figures' }))
    await screen.findByText(/^Imported 8 figures/)
    app.unmount()
    renderApp('?view=indicator&indicator=removals-to-the-caribbean')
    await screen.findByRole(
      'heading',
      { level: 2, name: 'Removals to the Caribbean' },
      { timeout: 10000 },
    )
    expect(
      // Units in the order the view's figures first name them (largest first by default).
      await screen.findByText(
        /^This indicator’s figures are counted in (returns and people|people and returns)\. Each unit is drawn in its own panel, on its own scale: sizes in different panels cannot be compared\.$/,
        {},
        { timeout: 10000 },
      ),
    ).toBeInTheDocument()
  })
})

describe('a file whose figures are already here', { timeout: 15000 }, () => {
  it('offers to skip the duplicates, and skips them', async () => {
    renderApp('?view=import')
    await check(nationalSeries, 'national-series.csv')
    await userEvent.click(screen.getByRole('button', { name: 'Import 8 figures' }))
    await screen.findByText(/^Imported 8 figures from “national-series.csv”/)
    // The same series again, with one new year.
    const withNewYear = `${nationalSeries.trimEnd()}\n${nationalSeries.split('\n')[1]!.replace(',2016,', ',2015,').replace(',1098,', ',1021,')}\n`
    await check(withNewYear, 'national-series-2015.csv')
    expect(
      screen.getByText(/^8 figures have the same indicator, place and period as another figure/),
    ).toBeInTheDocument()
    const skip = screen.getByRole('checkbox', { name: /^Skip these 8 duplicates/ })
    expect(screen.getByRole('button', { name: 'Import 9 figures' })).toBeEnabled()
    await userEvent.click(skip)
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 figure' }))
    await screen.findByText(/^Imported 1 figures from “national-series-2015.csv”/)
    const files = screen.getByRole('table', { name: 'Files imported in this browser' })
    expect(
      within(files)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      expect.stringMatching(/^national-series\.csv.*8/),
      expect.stringMatching(/^national-series-2015\.csv.*1/),
    ])
  })

  it('says there is nothing to import when every figure is a duplicate and they are skipped', async () => {
    renderApp('?view=import')
    await check(nationalSeries, 'national-series.csv')
    await userEvent.click(screen.getByRole('button', { name: 'Import 8 figures' }))
    await screen.findByText(/^Imported 8 figures/)
    await check(nationalSeries, 'national-series.csv')
    await userEvent.click(screen.getByRole('checkbox', { name: /^Skip these 8 duplicates/ }))
    expect(screen.getByRole('button', { name: 'Import 0 figures' })).toBeDisabled()
    expect(
      screen.getByText(
        'Every figure of this file is already here; with the duplicates skipped there is nothing to import.',
      ),
    ).toBeInTheDocument()
  })
})

/** A CSV's rows without the origin column (it names the file a figure was imported from, which differs by design). */
function rowsWithoutOrigin(csvText: string) {
  const { data } = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  })
  return data.map(({ origin: _origin, ...rest }) => rest)
}

describe('a view that shows imported figures', { timeout: 20000 }, () => {
  afterEach(() => vi.restoreAllMocks())

  it('lets the sender download exactly those figures, and the colleague who imports the file sees the same figures', async () => {
    let app = renderApp('?view=import')
    await check(nationalSeries, 'national-series.csv')
    await userEvent.click(screen.getByRole('button', { name: 'Import 8 figures' }))
    await screen.findByText(/^Imported 8 figures/)
    await check(
      readFileSync('tests/fixtures/caribbean-removals-fy2020.csv', 'utf8'),
      'removals.csv',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Import 8 figures' }))
    await screen.findByText(/^Imported 8 figures from “removals.csv”/)
    app.unmount()

    const files = captureDownloads()
    // Jamaica in 2018–2019: two years of the series and the fiscal year 2020 (October 2019 on).
    app = renderApp('?country=JAM&time=2018..2019')
    expect(
      await screen.findByText(
        'This view shows 3 figures you imported (national-series.csv, removals.csv). A colleague who opens its link will not see them unless you send this file with it.',
        {},
        { timeout: 10000 },
      ),
    ).toBeInTheDocument()
    await userEvent.click(
      screen.getByRole('button', { name: 'Download the imported figures of this view (CSV)' }),
    )
    expect(
      await screen.findByText(/^Downloaded .*imported-figures.*\.csv\.$/, {}, { timeout: 8000 }),
    ).toBeInTheDocument()
    expect(files).toHaveLength(1)
    const sent = await files[0]!.blob.text()
    expect(files[0]!.name).toMatch(/imported-figures.*\.csv$/)
    const sentRows = rowsWithoutOrigin(sent)
    expect(sentRows.map((r) => [r['geography code'], r.period, r['value (as displayed)']])).toEqual(
      [
        ['JAM', '2018', '1,183'],
        ['JAM', '2019', '1,241'],
        ['JAM', 'FY2020 (Oct 2019 – Sep 2020)', '1,044'],
      ],
    )
    app.unmount()

    // The colleague's browser: nothing imported yet.
    setImportEngine(createLocalEngine(memoryStorage(), () => new Date('2026-03-02T10:00:00Z')))
    app = renderApp('?view=import')
    await check(sent, files[0]!.name)
    expect(
      screen.getByText('3 rows read: 3 valid figures, 0 rows with problems.'),
    ).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Import 3 figures' }))
    await screen.findByText(/^Imported 3 figures/)
    app.unmount()
    renderApp('?country=JAM&time=2018..2019')
    await userEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Download the imported figures of this view (CSV)' },
        { timeout: 10000 },
      ),
    )
    await vi.waitFor(() => expect(files).toHaveLength(2), { timeout: 8000 })
    expect(rowsWithoutOrigin(await files[1]!.blob.text())).toEqual(sentRows)
  })

  it('says nothing when the view shows no imported figure', async () => {
    renderApp('?country=JAM')
    await screen.findByRole(
      'heading',
      { name: 'Forced returns and reintegration' },
      { timeout: 10000 },
    )
    expect(
      screen.queryByRole('button', { name: 'Download the imported figures of this view (CSV)' }),
    ).not.toBeInTheDocument()
  })
})
