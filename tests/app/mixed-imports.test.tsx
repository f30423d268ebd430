// Issue 11 end to end in the page: both fixture files (mocks/imports: a national series 2016–2022
// and a one-year eight-country file) imported through the import view, then the overview, the
// indicator view and a colleague's browser without them.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { configure } from '@testing-library/react'
import { setImportEngine } from '@/features/import/api/import-engine'
import { memoryStorage } from '@/features/import/api/import-storage'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { MULTI_COUNTRY, NATIONAL_SERIES, fixtureText } from '@mocks/imports/load-imports'
import { currentLink, renderApp } from '../render-app'

configure({ asyncUtilTimeout: 5000 })

let storage: ReturnType<typeof memoryStorage>
beforeEach(() => {
  storage = memoryStorage()
  setImportEngine(createLocalEngine(storage, () => new Date('2026-03-01T10:00:00Z')))
})
afterAll(() => setImportEngine(null))

const JAMAICA_ORIGIN = 'Imported from jamaica-deportees-2016-2022.csv on March 1, 2026'
const REMOVALS_ORIGIN = 'Imported from caribbean-removals-2020.csv on March 1, 2026'

async function importBoth() {
  const app = renderApp('?view=import')
  for (const [name, count] of [
    [NATIONAL_SERIES, 7],
    [MULTI_COUNTRY, 8],
  ] as const) {
    const input = await screen.findByLabelText('Choose a CSV or JSON file to check')
    await userEvent.upload(input, new File([fixtureText(name)], name, { type: 'text/csv' }))
    await userEvent.click(await screen.findByRole('button', { name: `Import ${count} figures` }))
    await screen.findByText(new RegExp(`Imported ${count} figures from “${name}”`))
  }
  app.unmount()
}

describe('two imported files beside the built-in data', { timeout: 60_000 }, () => {
  it('overview: the built-in 4,323 stays the headline, every imported figure says so, the footer names the files', async () => {
    await importBoth()
    renderApp()
    const returns = await screen.findByRole('figure', { name: 'Involuntary returns registered' })
    expect(within(returns).getByText('4,323 returns')).toBeInTheDocument()
    expect(within(returns).queryByText('Imported')).not.toBeInTheDocument()
    const returnsCard = returns.closest('.headline') as HTMLElement
    expect(
      within(returnsCard).getByText(
        '8 figures: Jamaica and Caribbean (CARICOM member states), 2016–2022; 7 imported',
      ),
    ).toBeInTheDocument()

    const removals = screen.getByRole('figure', {
      name: 'Removals to Caribbean countries (test fixture)',
    })
    // The largest of the eight, not the first country in the alphabet (Bahamas).
    expect(within(removals).getByText(/^Dominican Republic · 2020/)).toBeInTheDocument()
    expect(within(removals).getByText('1,904 returns')).toBeInTheDocument()
    expect(within(removals).getByText('Imported')).toBeInTheDocument()
    expect(within(removals).getByText(REMOVALS_ORIGIN)).toBeInTheDocument()
    expect(
      within(removals.closest('.headline') as HTMLElement).getByText(
        '8 figures: 8 places, 2020; 8 imported',
      ),
    ).toBeInTheDocument()

    const footer = screen.getByRole('contentinfo')
    expect(footer).toHaveTextContent('Built-in data: two IOM press releases (2020).')
    expect(footer).toHaveTextContent(
      `Also shown: figures imported in this browser, the user’s own, not from those documents: ${JAMAICA_ORIGIN}; ${REMOVALS_ORIGIN}.`,
    )
    // The address names the files whose figures the view shows, for whoever receives the link.
    await waitFor(() =>
      expect(currentLink()).toBe(
        '/?imported=caribbean-removals-2020.csv&imported=jamaica-deportees-2016-2022.csv',
      ),
    )
  })

  it('indicator view under Jamaica: notes of the view point to Jamaica’s own imported figure; rows, legend and text alternative say imported', async () => {
    await importBoth()
    renderApp('?view=indicator&indicator=involuntary-returns&country=JAM&tab=table')
    const figure = await screen.findByRole('figure', { name: 'Involuntary returns registered' })
    expect(
      await within(figure).findByText(
        'Jamaica’s own figure for 2018 is in the data: 1,183 returns (imported from jamaica-deportees-2016-2022.csv).',
      ),
    ).toBeInTheDocument()
    expect(
      within(figure).getByText(
        'Which countries reported is not stated, so whether Jamaica is included is not known.',
      ),
    ).toBeInTheDocument()
    expect(figure).not.toHaveTextContent(/alone is not reported|no figure for Jamaica/)
    const table = within(figure).getByRole('table')
    const jamaicaRows = within(table).getAllByRole('rowheader', { name: /^Jamaica\s*Imported$/ })
    expect(jamaicaRows).toHaveLength(7)
    expect(within(table).getAllByText(JAMAICA_ORIGIN)).toHaveLength(7)
    expect(
      within(table).getByRole('rowheader', {
        name: /^Caribbean \(CARICOM member states\)\s*Aggregate$/,
      }),
    ).toBeInTheDocument()
    // The notes of the view are listed apart from the caveats under the table.
    const caveats = within(figure).getByRole('list', { name: 'Caveats' })
    expect(caveats).not.toHaveTextContent(/Jamaica’s own figure|whether Jamaica/)

    await userEvent.click(screen.getByRole('tab', { name: 'Line' }))
    // The text alternative of the chart: every figure in words, the imported ones with their origin.
    await waitFor(() => expect(document.querySelector('.indicator-figure__summary')).not.toBeNull())
    const summary = document.querySelector('.indicator-figure__summary')!
    expect(summary).toHaveTextContent(
      'Involuntary returns registered, Caribbean (CARICOM member states), 2018: 4,323 returns (point value).',
    )
    expect(summary).toHaveTextContent(
      `Involuntary returns registered, Jamaica, 2016: 1,021 returns (point value). ${JAMAICA_ORIGIN}.`,
    )
    const legend = screen.getByRole('list', { name: 'How the estimates are drawn' })
    expect(legend).toHaveTextContent(
      `Imported “imported”: a figure the user added, not from the built-in documents. ${JAMAICA_ORIGIN}`,
    )
  })

  it('in Spanish: “Importada” with the file and date on the card and in the footer', async () => {
    await importBoth()
    renderApp('?lang=es')
    const removals = await screen.findByRole('figure', {
      name: 'Removals to Caribbean countries (test fixture)',
    })
    expect(within(removals).getByText('Importada')).toBeInTheDocument()
    expect(
      within(removals).getByText('Importada de caribbean-removals-2020.csv el 1 de marzo de 2026'),
    ).toBeInTheDocument()
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'También se muestran cifras importadas en este navegador',
    )
  })

  it('a colleague without the files is told what is missing and why, not that the indicator does not exist', async () => {
    await importBoth()
    renderApp('?view=indicator&indicator=removals-to-caribbean-countries-test-fixture')
    await screen.findByRole('figure', { name: 'Removals to Caribbean countries (test fixture)' })
    await waitFor(() =>
      expect(window.location.search).toContain('imported=caribbean-removals-2020.csv'),
    )
    const link = currentLink()
    // Another browser: nothing imported.
    storage = memoryStorage()
    setImportEngine(createLocalEngine(storage, () => new Date('2026-03-02T10:00:00Z')))
    document.body.innerHTML = ''
    renderApp(link)
    const notice = await screen.findByText(/^This view showed figures imported in another browser/)
    expect(notice).toHaveTextContent(
      'This view showed figures imported in another browser, from caribbean-removals-2020.csv; they are not in this browser. Ask the sender for the file and import it under “Your figures” to see the same view.',
    )
    expect(
      screen.getByText(
        '“indicator=removals-to-caribbean-countries-test-fixture” comes from those imported figures.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/does not exist in the data/)).not.toBeInTheDocument()
    // The mark stays in the address, so the link can be passed on.
    expect(window.location.search).toContain('imported=caribbean-removals-2020.csv')
  })
})
