// Publishing (issue 11, build 7): the combined data (built-in plus an import) downloaded as a
// dataset file passes data:check (the script's own function) and loads as the built-in data.
import { readFileSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { server } from '@mocks/server'
import { datasetPath } from '@mocks/handlers/dataset'
import { checkDataset } from '@/domain/check-dataset'
import { setImportEngine } from '@/features/import/api/import-engine'
import { memoryStorage } from '@/features/import/api/import-storage'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { renderApp } from '../render-app'
import { captureDownloads } from '@tests/capture-downloads'

// The fiscal-year file, with the evidence a shared dataset requires for every figure.
const removals = readFileSync('tests/fixtures/caribbean-removals-fy2020.csv', 'utf8')
  .split('\n')
  .map((line, i) =>
    line === ''
      ? line
      : `${line},${i === 0 ? 'evidence' : `"Paragraph 4: “Removals to the Caribbean in FY2020, by country of citizenship.”"`}`,
  )
  .join('\n')

afterEach(() => vi.restoreAllMocks())
afterAll(() => setImportEngine(null))

describe('publishing the combined data', { timeout: 20000 }, () => {
  it('downloads a dataset file that passes data:check and loads as the built-in data', async () => {
    setImportEngine(createLocalEngine(memoryStorage(), () => new Date('2026-03-01T10:00:00Z')))
    const app = renderApp('?view=import')
    const input = await screen.findByLabelText(
      'Choose a CSV or JSON file to check',
      {},
      { timeout: 5000 },
    )
    await userEvent.upload(input, new File([removals], 'removals.csv', { type: 'text/csv' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Import 8 figures' }))
    await screen.findByText(/^Imported 8 figures/)
    const files = captureDownloads()
    await userEvent.click(
      await screen.findByRole('button', { name: 'Download the combined data as dataset.json' }),
    )
    expect(files.map((f) => f.name)).toEqual(['dataset.json'])
    const published = JSON.parse(await files[0]!.blob.text())
    app.unmount()

    expect(checkDataset(published)).toEqual([])
    expect(published.figures).toHaveLength(3 + 8)
    expect(published.figures.some((f: object) => 'origin' in f)).toBe(false)

    // Another browser, with no imports, whose data service serves the published file.
    setImportEngine(createLocalEngine(memoryStorage()))
    server.use(http.get(datasetPath, () => HttpResponse.json(published)))
    renderApp('?view=indicator&indicator=removals-to-the-caribbean&tab=table')
    const table = await screen.findByRole(
      'table',
      { name: /^Removals to the Caribbean/ },
      { timeout: 10000 },
    )
    expect(within(table).getAllByRole('row')).toHaveLength(9)
    expect(
      within(table).getAllByRole('cell', { name: 'FY2020 (Oct 2019 – Sep 2020)' }),
    ).toHaveLength(8)
    // Built-in now: nothing says "Imported", and nothing asks for a file.
    expect(screen.queryByText('Imported')).not.toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Download the imported figures of this view (CSV)' }),
    ).not.toBeInTheDocument()
  })

  it('names every figure that a shared dataset would refuse (no evidence)', async () => {
    const { buildPublishedDataset } = await import('@/features/export/model/published-dataset')
    const { analyseText, builtInIndex } = await import('../features/import/helpers')
    const { toStoredImport } = await import('@/features/import/model/stored-import')
    const { indexWithImports } = await import('@/features/import/model/merge-imports')
    const analysis = analyseText(
      readFileSync('tests/fixtures/caribbean-removals-fy2020.csv', 'utf8'),
    )
    const index = indexWithImports(builtInIndex().dataset, [
      toStoredImport(analysis, 'x', new Date('2026-03-01T00:00:00Z')),
    ])
    const issues = checkDataset(buildPublishedDataset(index, new Date('2026-03-01T00:00:00Z')))
    expect(issues.map((i) => [i.recordId, i.field, i.reason.key])).toEqual(
      analysis.figures.map((f) => [f.id, 'evidence', 'validation.noEvidence']),
    )
  })
})
