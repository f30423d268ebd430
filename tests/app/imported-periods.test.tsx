// Periods end to end (issue 11, build 5): a fiscal year and a month are imported, matched by the
// year filter when their period overlaps the years, shown as the source writes them, exported
// with their period columns, and the export imports back unchanged.
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
const removals = readFileSync('tests/fixtures/caribbean-removals-fy2020.csv', 'utf8')

beforeEach(() => {
  setImportEngine(createLocalEngine(memoryStorage(), () => new Date('2026-03-01T10:00:00Z')))
})
afterEach(() => vi.restoreAllMocks())
afterAll(() => setImportEngine(null))

async function importFile(content: string, name: string, count: number) {
  const input = await screen.findByLabelText(
    'Choose a CSV or JSON file to check',
    {},
    { timeout: 5000 },
  )
  await userEvent.upload(input, new File([content], name, { type: 'text/csv' }))
  await screen.findByRole('heading', { name: `Check of “${name}”` })
  await userEvent.click(screen.getByRole('button', { name: `Import ${count} figures` }))
  await screen.findByText(
    `Imported ${count} figures from “${name}”. They now appear in every view, marked “Imported”.`,
  )
}

async function importBoth() {
  const app = renderApp('?view=import')
  await importFile(nationalSeries, 'national-series.csv', 8)
  await importFile(removals, 'caribbean-removals-fy2020.csv', 8)
  app.unmount()
}

function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [
      within(r).getByRole('rowheader').textContent ?? '',
      ...within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    ])
}

describe('periods of imported figures', () => {
  it('shows a fiscal year under each calendar year it overlaps, as the source writes it, and says the filter works by overlap', async () => {
    await importBoth()
    renderApp('?view=indicator&indicator=removals-to-the-caribbean&time=2019&tab=table')
    const table = await screen.findByRole(
      'table',
      { name: /^Removals to the Caribbean/ },
      { timeout: 10000 },
    )
    const rows = tableRows(table)
    expect(rows).toHaveLength(8)
    for (const row of rows) expect(row[1]).toBe('FY2020 (Oct 2019 – Sep 2020)')
    expect(
      screen.getByText('A fiscal year, quarter or month is shown in every year it overlaps.'),
    ).toBeInTheDocument()
  })

  it('leaves out a fiscal year from years it does not overlap', async () => {
    await importBoth()
    renderApp('?view=indicator&indicator=removals-to-the-caribbean&time=2021&tab=table')
    expect(
      await screen.findByText(
        /^No figure for Removals to the Caribbean matches/,
        {},
        { timeout: 10000 },
      ),
    ).toBeInTheDocument()
    expect(
      screen.queryByRole('table', { name: /^Removals to the Caribbean/ }),
    ).not.toBeInTheDocument()
    // The years offered instead are the two the fiscal year touches.
    const years = screen.getByText('Years with figures for this selection:').parentElement!
    expect(
      within(years)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['2019', '2020'])
  })

  it('shows a month under its year only, named in the page language', async () => {
    await importBoth()
    renderApp(
      '?view=indicator&indicator=involuntary-returns&country=JAM&time=2023&tab=table&lang=es',
    )
    const table = await screen.findByRole('table', { name: /Jamaica/ }, { timeout: 10000 })
    expect(tableRows(table).map((r) => r[1])).toEqual(['marzo de 2023'])
  })

  it('exports the period columns, and the exported file imports back as duplicates of the same figures', async () => {
    await importBoth()
    const files = captureDownloads()
    renderApp('?view=indicator&indicator=removals-to-the-caribbean&time=2020&tab=table')
    await screen.findByRole('table', { name: /^Removals to the Caribbean/ }, { timeout: 10000 })
    await userEvent.click(
      screen.getByRole('button', { name: /^Download, copy or print: Removals to the Caribbean/ }),
    )
    await userEvent.click(await screen.findByRole('button', { name: 'CSV: the figures shown' }))
    await vi.waitFor(() => expect(files).toHaveLength(1))
    const csvText = await files[0]!.blob.text()
    const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.data).toHaveLength(8)
    for (const row of parsed.data) {
      expect(row).toMatchObject({
        year: '2020',
        period: 'FY2020 (Oct 2019 – Sep 2020)',
        'period start': '2019-10',
        'period end': '2020-09',
      })
    }
    renderApp('?view=import')
    const input = await screen.findAllByLabelText(
      'Choose a CSV or JSON file to check',
      {},
      { timeout: 5000 },
    )
    await userEvent.upload(input.at(-1)!, new File([csvText], 'exported.csv', { type: 'text/csv' }))
    expect(
      await screen.findByText('8 rows read: 8 valid figures, 0 rows with problems.'),
    ).toBeInTheDocument()
    // The CSV follows the view's order (largest first by default), so the row number depends on the values.
    expect(
      screen.getByText(
        /Row \d+: Removals to the Caribbean, Bahamas, FY2020 \(Oct 2019 – Sep 2020\): same as a figure imported from “caribbean-removals-fy2020.csv”/,
      ),
    ).toBeInTheDocument()
  })
})
