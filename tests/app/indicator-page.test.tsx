// The indicator view against the msw data API: chart and table of the same figures, each with
// its source and caveats, tabs in the URL, sorting, filters and the empty state.
import { describe, expect, it } from 'vitest'
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '@mocks/server'
import { datasetPath } from '@mocks/handlers/dataset'
import { builtInDataset } from '@mocks/fixtures'
import { currentLink, renderApp } from '../render-app'

// The machine running the suite can be busy (and the chart's code loads on demand): allow time.
configure({ asyncUtilTimeout: 5000 })

const PEOPLE_SUMMARY = 'Migrants smuggled, World, 2016: at least 2.5 million people (lower bound).'

/** The built-in data plus two invented figures (not real data) so the table has rows to sort. */
function datasetWithMoreReturns() {
  const data = builtInDataset()
  const figures = data.figures as unknown[]
  const caricom = data.figures.find((f) => f.id === 'involuntary-returns-caricom-2018')!
  figures.push(
    {
      ...caricom,
      id: 'test-returns-jam-2017',
      geographyCode: 'JAM',
      year: 2017,
      estimate: { kind: 'point', value: 120 },
    },
    {
      ...caricom,
      id: 'test-returns-brb-2016',
      geographyCode: 'BRB',
      year: 2016,
      estimate: { kind: 'lower-bound', value: 80 },
    },
  )
  return data
}

function bodyRowHeaders(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent)
}

describe('indicator view', { timeout: 30_000 }, () => {
  it('draws the chart as one image named by its summary, with title, subtitle, source and caveats in the same figure', async () => {
    renderApp('?view=indicator&indicator=migrants-smuggled')
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Migrants smuggled' }),
    ).toBeInTheDocument()
    // The chart's code is loaded on demand; the first load in a test run takes a moment.
    expect(
      await screen.findByRole('img', { name: PEOPLE_SUMMARY }, { timeout: 10000 }),
    ).toBeInTheDocument()
    const figure = screen.getByRole('figure', { name: 'Migrants smuggled' })
    expect(within(figure).getByRole('img', { name: PEOPLE_SUMMARY })).toHaveTextContent(
      'at least 2.5 million people (lower bound)',
    )
    expect(within(figure).getByText('World · 2016')).toBeInTheDocument()
    expect(within(figure).getAllByText(PEOPLE_SUMMARY).length).toBeGreaterThan(0)
    expect(
      within(figure).getAllByText(/^Source: International Organization for Migration/).length,
    ).toBeGreaterThan(0)
    expect(
      within(figure).getAllByText(
        'A lower bound ("at least"), not a total: the true number may be higher.',
      ).length,
    ).toBeGreaterThan(0)
    expect(
      within(figure).getByText(/^Bar that fades out, with an arrow: a lower bound/),
    ).toBeInTheDocument()
    // One figure: a single bar (the default rule, docs/charts.md).
    expect(screen.getByRole('tab', { name: 'Bar' })).toHaveAttribute('aria-selected', 'true')
  })

  it('shows the same figures as a table, the value keeping its kind, each row with its source and caveats', async () => {
    const user = userEvent.setup()
    renderApp('?view=indicator&indicator=smuggling-profits')
    await user.click(await screen.findByRole('tab', { name: 'Table' }))
    expect(currentLink()).toBe('/indicator/smuggling-profits?tab=table')
    const table = screen.getByRole('table', {
      name: 'Profits from migrant smuggling: World · 2016',
    })
    const [, row] = within(table).getAllByRole('row')
    expect(within(row!).getByRole('rowheader')).toHaveTextContent('WorldAggregate')
    expect(within(row!).getByText('US$5.5–7 billion')).toBeInTheDocument()
    expect(within(row!).getByText('Range (low to high)')).toBeInTheDocument()
    expect(within(row!).getByRole('link', { name: 'Source note a' })).toHaveAttribute(
      'href',
      expect.stringMatching(/-source-a$/),
    )
    expect(within(row!).getAllByRole('link', { name: /^Caveat \d$/ })).toHaveLength(6)
    const notes = screen.getByRole('list', { name: 'Caveats' })
    expect(within(notes).getAllByRole('listitem')).toHaveLength(6)
    expect(
      within(notes).getByText(
        'A range ("between 5.5 and 7 billion"), not a single value; the document gives no central estimate.',
      ),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'Sources' })).getByText(
        /^Source: International Organization for Migration/,
      ),
    ).toBeInTheDocument()
  })

  it('sorts the table by the sort in the link (largest first by default), with keyboard-usable header buttons', async () => {
    server.use(http.get(datasetPath, () => HttpResponse.json(datasetWithMoreReturns())))
    const user = userEvent.setup()
    renderApp('?view=indicator&indicator=involuntary-returns&tab=table')
    const table = await screen.findByRole('table')
    const CARIBBEAN = 'Caribbean (CARICOM member states)Aggregate'
    const value = within(table).getByRole('button', { name: /^Value/ })
    expect(value.closest('th')).toHaveAttribute('aria-sort', 'descending')
    expect(bodyRowHeaders(table)).toEqual([CARIBBEAN, 'Jamaica', 'Barbados'])
    const place = within(table).getByRole('button', { name: /^Country or region/ })
    await user.click(place)
    expect(currentLink()).toBe('/indicator/involuntary-returns?tab=table&sort=place-asc')
    expect(place.closest('th')).toHaveAttribute('aria-sort', 'ascending')
    expect(bodyRowHeaders(table)).toEqual(['Barbados', CARIBBEAN, 'Jamaica'])
    await user.click(value)
    expect(value.closest('th')).toHaveAttribute('aria-sort', 'descending')
    expect(place.closest('th')).not.toHaveAttribute('aria-sort')
    expect(bodyRowHeaders(table)).toEqual([CARIBBEAN, 'Jamaica', 'Barbados'])
    await user.click(value)
    expect(value.closest('th')).toHaveAttribute('aria-sort', 'ascending')
    expect(bodyRowHeaders(table)).toEqual(['Barbados', 'Jamaica', CARIBBEAN])
    expect(within(table).getByText('at least 80 returns')).toBeInTheDocument()
    within(table).getByRole('button', { name: /^Year/ }).focus()
    await user.keyboard('{Enter}')
    expect(within(table).getByRole('button', { name: /^Year/ }).closest('th')).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    expect(value.closest('th')).not.toHaveAttribute('aria-sort')
    expect(bodyRowHeaders(table)).toEqual(['Barbados', 'Jamaica', CARIBBEAN])
    expect(currentLink()).toBe('/indicator/involuntary-returns?tab=table&sort=year-asc')
  })

  it('Jamaica: charts the CARICOM figure as an aggregate, with notes of the view and not the false sentence', async () => {
    renderApp('?view=indicator&indicator=involuntary-returns&country=JAM')
    const summary =
      'Involuntary returns registered, Caribbean (CARICOM member states), 2018: 4,323 returns (point value).'
    expect(await screen.findByRole('img', { name: summary })).toBeInTheDocument()
    const figure = screen.getByRole('figure', { name: 'Involuntary returns registered' })
    expect(
      (
        await within(figure).findAllByText(
          'Which countries reported is not stated, so whether Jamaica is included is not known.',
        )
      ).length,
    ).toBeGreaterThan(0)
    expect(figure).not.toHaveTextContent('alone is not reported')
    expect(within(figure).getAllByText('Aggregate').length).toBeGreaterThan(0)
  })

  it('says what exists instead of drawing an empty chart', async () => {
    renderApp('?view=indicator&indicator=migrants-smuggled&time=2019')
    expect(
      await screen.findByText(
        'No figure for Migrants smuggled matches All countries and regions, 2019.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: '2016' })).toHaveAttribute(
      'href',
      '/indicator/migrants-smuggled?time=2016',
    )
  })

  it('names an indicator the data lacks and lists those it has', async () => {
    renderApp('?view=indicator&indicator=nope')
    expect(
      await screen.findByText('“indicator=nope” does not exist in the data.'),
    ).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Choose an indicator' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Profits from migrant smuggling' })).toHaveAttribute(
      'href',
      '/indicator/smuggling-profits',
    )
  })

  it('moves between tabs with the arrow keys, and the link reopens the tab', async () => {
    const user = userEvent.setup()
    const first = renderApp('?view=indicator&indicator=migrants-smuggled')
    const barTab = await screen.findByRole('tab', { name: 'Bar' })
    barTab.focus()
    await user.keyboard('{ArrowRight}')
    // The map sits between the chart types and its equivalent, the table.
    expect(currentLink()).toBe('/indicator/migrants-smuggled?tab=map')
    expect(screen.getByRole('tab', { name: 'Map' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(currentLink()).toBe('/indicator/migrants-smuggled?tab=table')
    expect(screen.getByRole('tab', { name: 'Table' })).toHaveFocus()
    expect(screen.getByRole('tabpanel', { name: 'Table' })).toContainElement(
      screen.getByRole('table'),
    )
    first.unmount()
    renderApp(currentLink())
    expect(await screen.findByRole('tab', { name: 'Table' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(screen.getByRole('table')).toBeInTheDocument()
  })

  it('opens from the overview keeping the filters, and goes back', async () => {
    const user = userEvent.setup()
    renderApp('?country=JAM')
    await user.click(
      await screen.findByRole('link', { name: 'Chart and table: Involuntary returns registered' }),
    )
    expect(currentLink()).toBe('/indicator/involuntary-returns?country=JAM')
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Involuntary returns registered' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: '← Back to the overview' }))
    await waitFor(() => expect(currentLink()).toBe('/?country=JAM'))
  })
})
