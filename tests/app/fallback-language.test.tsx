// Texts shown in the other language, on screen: a figure imported from a file written in English
// only, seen in the Spanish view. Each English text says so (the caveat list in words, other texts
// with "[en]"), and the same texts seen in the English view carry no mark.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setImportEngine } from '@/features/import/api/import-engine'
import { memoryStorage } from '@/features/import/api/import-storage'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { csv, row } from '../features/import/helpers'
import { renderApp } from '../render-app'

const english = {
  indicator: 'Deportations registered',
  coverage: 'Registered by the national migration authority only.',
  caveat: 'Returns at the main airport only.',
  title: 'National return register 2019',
}
const file = csv(
  row({
    indicator: english.indicator,
    coverage: english.coverage,
    caveats: `Coverage: ${english.caveat}`,
    'source document': english.title,
  }),
)

beforeEach(() => {
  setImportEngine(createLocalEngine(memoryStorage(), () => new Date('2026-03-01T10:00:00Z')))
})
afterAll(() => setImportEngine(null))

async function importEnglishFile() {
  const app = renderApp('?view=import')
  const input = await screen.findByLabelText(
    'Choose a CSV or JSON file to check',
    {},
    { timeout: 5000 },
  )
  await userEvent.upload(input, new File([file], 'register.csv', { type: 'text/csv' }))
  await screen.findByRole('heading', { name: 'Check of “register.csv”' })
  await userEvent.click(screen.getByRole('button', { name: 'Import 1 figure' }))
  await screen.findByText(/^Imported 1 figures? from “register.csv”/)
  app.unmount()
}

describe('an imported figure written in English only', () => {
  it('is marked as English wherever the Spanish view shows its texts', async () => {
    await importEnglishFile()
    renderApp('?view=indicator&indicator=deportations-registered&lang=es')
    // The chart's notes and the table's notes each list the caveats.
    const lists = await screen.findAllByRole('list', { name: 'Advertencias' }, { timeout: 10000 })
    expect(lists.length).toBeGreaterThanOrEqual(2)
    for (const list of lists) {
      const caveat = within(list).getByText(english.caveat).closest('li')!
      expect(caveat).toHaveTextContent(`Cobertura ${english.caveat} (en English: aún sin traducir)`)
      expect(within(caveat).getByText(english.caveat)).toHaveAttribute('lang', 'en')
    }
    expect(
      screen.getAllByText(`${english.coverage} [en]`, { exact: false }).length,
    ).toBeGreaterThan(0)
    expect(screen.getAllByText(new RegExp(`${english.title} \\[en\\]`)).length).toBeGreaterThan(0)
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: `${english.indicator} (en English: aún sin traducir)`,
      }),
    ).toBeInTheDocument()
  }, 30_000)

  it('carries no mark in the English view', async () => {
    await importEnglishFile()
    renderApp('?view=indicator&indicator=deportations-registered')
    const lists = await screen.findAllByRole('list', { name: 'Caveats' }, { timeout: 10000 })
    for (const list of lists)
      expect(within(list).getByText(english.caveat).closest('li')).not.toHaveTextContent(
        'not yet translated',
      )
    expect(screen.queryByText(/\[en\]|\[es\]/)).not.toBeInTheDocument()
  }, 30_000)
})
