// The import view against msw and an in-memory store standing in for IndexedDB: check a file,
// see every problem, import all or only the valid rows, see the figures everywhere, remove them.
import { readFileSync } from 'node:fs'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { server } from '@mocks/server'
import { datasetHandlers } from '@mocks/handlers/dataset'
import { IMPORT_KEY_PREFIX, setImportEngine } from '@/features/import/api/import-engine'
import { memoryStorage } from '@/features/import/api/import-storage'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { renderApp } from '../render-app'
import { csv, row } from '../features/import/helpers'

const sample = readFileSync('public/samples/import-sample.csv', 'utf8')
let storage: ReturnType<typeof memoryStorage>

beforeEach(() => {
  storage = memoryStorage()
  setImportEngine(createLocalEngine(storage, () => new Date('2026-03-01T10:00:00Z')))
})
afterAll(() => setImportEngine(null))

async function chooseFile(content: string | Uint8Array, name: string) {
  const input = await screen.findByLabelText(
    'Choose a CSV or JSON file to check',
    {},
    { timeout: 5000 },
  )
  await userEvent.upload(
    input,
    new File([content as BlobPart], name, {
      type: name.endsWith('.json') ? 'application/json' : 'text/csv',
    }),
  )
}

async function importSample() {
  const app = renderApp('?view=import')
  await chooseFile(sample, 'import-sample.csv')
  await screen.findByRole('heading', { name: 'Check of “import-sample.csv”' })
  await userEvent.click(screen.getByRole('button', { name: 'Import 5 figures' }))
  await screen.findByText(
    'Imported 5 figures from “import-sample.csv”. They now appear in every view, marked “Imported”.',
  )
  return app
}

describe('the import view', () => {
  it('checks a file, shows what it would add, and imports it only when confirmed', async () => {
    renderApp('?view=import')
    await chooseFile(sample, 'import-sample.csv')
    expect(
      await screen.findByText('5 rows read: 5 valid figures, 0 rows with problems.'),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/indicators: Example forced returns registered \(sample data\)/),
    ).toBeInTheDocument()
    const preview = screen.getByRole('table', {
      name: 'The first 5 figures of the file, as they will be shown',
    })
    const first = within(preview).getAllByRole('row')[1]!
    expect(first).toHaveTextContent('Jamaica')
    expect(first).toHaveTextContent('1,200 returns')
    expect(first).toHaveTextContent(
      'Coverage: Sample data to show the format; not a real statistic.',
    )
    expect(first).toHaveTextContent('Source: Example Ministry of National Security')
    // Nothing is stored before the person confirms.
    expect(screen.getByText('You have not imported any figures yet.')).toBeInTheDocument()
    expect(storage.entries.size).toBe(0)

    await userEvent.click(screen.getByRole('button', { name: 'Import 5 figures' }))
    expect(
      await screen.findByText(/Imported 5 figures from “import-sample.csv”/),
    ).toBeInTheDocument()
    const files = await screen.findByRole('table', { name: 'Files imported in this browser' })
    expect(within(files).getByRole('rowheader', { name: 'import-sample.csv' })).toBeInTheDocument()
    expect(within(files).getAllByRole('row')[1]).toHaveTextContent(/import-sample\.csv.*2026.*5.*0/)
    // The imported figures' list loads its code once there are any.
    const table = await screen.findByRole('table', {
      name: 'Imported figures, with their caveats and sources',
    })
    expect(
      within(table).getAllByRole('rowheader', {
        name: /Example forced returns registered \(sample data\)\s*Imported/,
      }),
    ).toHaveLength(3)
    expect(within(table).getByText('300–450 returns')).toBeInTheDocument()
    expect(within(table).getByText('at least 900 returns')).toBeInTheDocument()
  })

  it('shows the imported figures in the other views, marked as imported, and after a reload', async () => {
    // A new app on the same storage is a reload.
    ;(await importSample()).unmount()
    renderApp('?country=GTM')
    const card = await screen.findByRole('figure', {
      name: 'Example migrants smuggled (sample data)',
    })
    expect(within(card).getByText('Imported')).toBeInTheDocument()
    expect(within(card).getByText('5,400 people')).toBeInTheDocument()
    expect(within(card).getByText('No caveat stated by the source.')).toBeInTheDocument()
  })

  it('lists every problem with row, column, value and reason, and imports nothing unless the valid rows are accepted', async () => {
    renderApp('?view=import')
    await chooseFile(
      csv(row(), row({ year: 'soon' }), row({ 'geography code': 'XYZ', 'source document': '' })),
      'register.csv',
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Nothing has been imported. 2 rows have problems (3 in all).')
    const issues = within(alert).getByRole('table', { name: 'Problems found in “register.csv”' })
    const lines = within(issues)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      )
    expect(lines).toEqual([
      ['3', 'year', 'soon', 'is not a year between 1900 and 2100 (write four digits, e.g. 2018)'],
      ['4', 'source document', '(empty)', 'is empty; every figure needs it'],
      [
        '4',
        'geography code',
        'XYZ',
        expect.stringContaining('is not a country code the dashboard knows'),
      ],
    ])
    const importValid = screen.getByRole('button', { name: 'Import only the 1 valid figure' })
    expect(importValid).toBeDisabled()
    expect(screen.queryByRole('button', { name: /^Import \d+ figures$/ })).not.toBeInTheDocument()
    await userEvent.click(
      screen.getByRole('checkbox', { name: /I have seen the 2 rows with problems/ }),
    )
    await userEvent.click(importValid)
    await screen.findByText(/Imported 1 figures from “register.csv”/)
    const files = screen.getByRole('table', { name: 'Files imported in this browser' })
    expect(within(files).getAllByRole('row')[1]).toHaveTextContent(/register\.csv.*1\s*2/)
  })

  it.each([
    [
      'a Latin-1 file',
      new Uint8Array([...new TextEncoder().encode('indicator,year\n'), 0x41, 0xf1, 0x6f]),
      'latin1.csv',
      /line 2 holds the byte 0xF1, which is not UTF-8/,
    ],
    ['an empty file', '', 'empty.csv', /The file is empty\./],
    ['a header only', `${csv()}\n`, 'header.csv', /The file has a header but no figures\./],
    [
      'a wrong header',
      'name,age\nAna,34',
      'people.csv',
      /This does not look like a file of figures/,
    ],
    [
      'a 50 MB file',
      new Uint8Array(50 * 1024 * 1024),
      'big.csv',
      /The file is 50\.0 MB; this page imports files of up to 40 MB\./,
    ],
  ])('refuses %s with a clear message', async (_name, content, name, message) => {
    renderApp('?view=import')
    await chooseFile(content, name)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`“${name}” cannot be imported.`)
    expect(alert).toHaveTextContent(message)
    expect(alert).toHaveTextContent('Nothing was imported.')
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument()
  })

  it('flags figures that duplicate a built-in one, without replacing it', async () => {
    renderApp('?view=import')
    await chooseFile(csv(row({ 'geography code': 'CARICOM', year: '2018' })), 'dup.csv')
    expect(
      await screen.findByText(
        /1 figures have the same indicator, place and period as another figure/,
      ),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        'Row 2: Involuntary returns registered, Caribbean (CARICOM member states), 2018: same as a built-in figure',
      ),
    ).toBeInTheDocument()
  })

  it('removes an import after confirmation', async () => {
    await importSample()
    await userEvent.click(screen.getByRole('button', { name: 'Remove “import-sample.csv”' }))
    const confirm = screen.getByRole('group', {
      name: 'Remove “import-sample.csv” and its 5 figures from this browser?',
    })
    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove' }))
    expect(await screen.findByText('You have not imported any figures yet.')).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: /Imported figures/ })).not.toBeInTheDocument()
  })

  it('sets aside a saved import that fails the schema, says so, and keeps the page working', async () => {
    ;(await importSample()).unmount()
    const [key, value] = [...storage.entries].find(([k]) => k.startsWith(IMPORT_KEY_PREFIX))! as [
      string,
      Record<string, unknown>,
    ]
    storage.entries.set(key, { ...value, records: 'broken' })
    // A reload: a new engine on the same storage.
    setImportEngine(createLocalEngine(storage, () => new Date('2026-03-01T10:00:00Z')))
    renderApp('?view=overview')
    const notice = await screen.findByText(/1 saved item\(s\) could not be read and were set aside/)
    expect(notice).toHaveTextContent('“import-sample.csv”')
    expect(await screen.findByRole('figure', { name: 'Migrants smuggled' })).toBeInTheDocument()
    expect(screen.queryByRole('figure', { name: /Example/ })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Discard it' }))
    await waitFor(() =>
      expect(screen.queryByText(/could not be read and were set aside/)).not.toBeInTheDocument(),
    )
  })

  it('still shows imported figures when the built-in data fails to load', async () => {
    ;(await importSample()).unmount()
    server.use(datasetHandlers.failing)
    renderApp('?view=import')
    const alert = await screen.findByText(/The figures could not be loaded from/)
    expect(alert.closest('[role="alert"]')).toHaveTextContent(
      'Only your imported figures are shown until the built-in figures load.',
    )
    expect(
      await screen.findByRole('table', {
        name: 'Imported figures, with their caveats and sources',
      }),
    ).toBeInTheDocument()
  })

  it('reads the page in Spanish', async () => {
    renderApp('?view=import&lang=es')
    expect(await screen.findByRole('heading', { name: 'Sus cifras', level: 2 })).toBeInTheDocument()
    await userEvent.upload(
      screen.getByLabelText('Elija un archivo CSV o JSON para revisarlo'),
      new File([''], 'vacio.csv'),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '«vacio.csv» no se puede importar. El archivo está vacío. No se importó nada.',
    )
  })
})
