// The Map tab against the msw data API, in jsdom: the map's chunk loads on demand; the CARICOM
// figure is the outline of its members, each a button saying what the source does and does not
// say of it; the link before the map opens the map as a table and focuses it; the period choice.
import { describe, expect, it } from 'vitest'
import { configure, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '@mocks/server'
import { datasetPath } from '@mocks/handlers/dataset'
import { builtInDataset } from '@mocks/fixtures'
import { currentLink, renderApp } from '../render-app'

configure({ asyncUtilTimeout: 5000 })

const COVERAGE = 'Registered in seven of the 15 CARICOM member states; which ones is not stated.'

describe('Map tab', () => {
  it('draws the CARICOM figure as its members, none as reporting, with its coverage in words', async () => {
    const user = userEvent.setup()
    renderApp('?view=indicator&indicator=involuntary-returns&tab=map')
    expect(await screen.findByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true')
    const map = await screen.findByRole('group', {
      name: 'Map: Involuntary returns registered, 2018',
    })
    const members = within(map).getAllByRole('button')
    expect(members).toHaveLength(15)
    expect(map.querySelectorAll('[data-reporter="true"]')).toHaveLength(0)
    expect(
      screen.getByRole('img', { name: new RegExp(COVERAGE.replace(/[.;]/g, '.')) }),
    ).toBeVisible()
    expect(
      screen.getByText(
        new RegExp(`^No country has a figure of its own for 2018\\. .*${COVERAGE.slice(0, 40)}`),
      ),
    ).toBeVisible()

    const grenada = within(map).getByRole('button', { name: /^Grenada:/ })
    await user.click(grenada)
    expect(grenada).toHaveAttribute('aria-pressed', 'true')
    expect(
      screen.getByText(/^Grenada: no figure of its own for 2018\./, { selector: '.map-detail' }),
    ).toBeVisible()

    await user.click(screen.getByRole('link', { name: 'Skip the map: go to the map as a table' }))
    const table = await screen.findByRole('table', {
      name: 'The map as a table: Involuntary returns registered, 2018',
    })
    expect(table).toHaveFocus()
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + 15)
    expect(
      within(table).getByRole('row', { name: /^Caribbean \(CARICOM member states\)/ }),
    ).toHaveTextContent(COVERAGE)
  })

  it('offers the periods of the view and draws the one chosen', async () => {
    const data = builtInDataset()
    const caricom = data.figures.find((f) => f.id === 'involuntary-returns-caricom-2018')!
    // Invented figures (not real data): Jamaica in two years.
    ;(data.figures as unknown[]).push(
      {
        ...caricom,
        id: 'test-jam-2017',
        geographyCode: 'JAM',
        year: 2017,
        estimate: { kind: 'point', value: 120 },
      },
      {
        ...caricom,
        id: 'test-jam-2018',
        geographyCode: 'JAM',
        year: 2018,
        estimate: { kind: 'point', value: 150 },
      },
    )
    server.use(http.get(datasetPath, () => HttpResponse.json(data)))
    const user = userEvent.setup()
    renderApp('?view=indicator&indicator=involuntary-returns&tab=map')
    const select = await screen.findByLabelText('Period shown on the map')
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['2017 (1 figure)', '2018 (2 figures)'])
    const map = await screen.findByRole('group', { name: /^Map: .*, 2018$/ })
    // Its own figure first, then what the regional figure says of it.
    expect(
      within(map).getByRole('button', {
        name: 'Jamaica: 150 returns (Point value), 2018, 5 caveats. Member of Caribbean (CARICOM member states), whose figure is 4,323 returns; whether Jamaica reported is not stated.',
      }),
    ).toBeVisible()
    await user.selectOptions(select, '2017')
    // In the link, so a colleague opens the same map.
    expect(currentLink()).toBe('/indicator/involuntary-returns?tab=map&period=2017')
    const earlier = await screen.findByRole('group', { name: /^Map: .*, 2017$/ })
    expect(
      within(earlier)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-place')),
    ).toEqual(['JAM'])
  })

  it('frames as an embed: the map and its words, without the export menu', async () => {
    renderApp('/embed/indicator/involuntary-returns?tab=map')
    const map = await screen.findByRole('group', {
      name: 'Map: Involuntary returns registered, 2018',
    })
    expect(within(map).getAllByRole('button')).toHaveLength(15)
    expect(screen.getByText(/^No country has a figure of its own for 2018\./)).toBeVisible()
    expect(screen.queryByRole('button', { name: /^Download, copy or print/ })).toBeNull()
  })
})
