// The overview against the msw data API: filtering by country and year through the URL, the
// aggregate-with-coverage rule, the empty state, ignored parameters and the remembered choice.
import { describe, expect, it } from 'vitest'
import { act, configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FILTER_MEMORY_KEY } from '@/features/filters/stores/filter-memory-store'
import { currentLink, renderApp } from '../render-app'

// The machine running the suite can be busy (and the chart's code loads on demand): allow time.
configure({ asyncUtilTimeout: 5000 })

const SMUGGLED = 'Migrants smuggled'
const PROFITS = 'Profits from migrant smuggling'
const RETURNS = 'Involuntary returns registered'

async function chooseCountry(name: RegExp) {
  const user = userEvent.setup()
  const toggle = await screen.findByRole('button', { name: 'Choose countries or regions' })
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle)
  await user.click(await screen.findByRole('checkbox', { name }))
}

function figureNames() {
  return within(screen.getByRole('main'))
    .queryAllByRole('figure')
    .map(
      (f) =>
        f.getAttribute('aria-labelledby') &&
        document.getElementById(f.getAttribute('aria-labelledby')!)?.textContent,
    )
}

describe('overview filters', { timeout: 30_000 }, () => {
  it('Jamaica: shows the Caribbean 4,323 figure labelled Aggregate, with notes of the view apart from its caveats', async () => {
    renderApp()
    await chooseCountry(/^Jamaica/)
    expect(currentLink()).toBe('/?country=JAM')
    const card = await screen.findByRole('figure', { name: RETURNS })
    expect(within(card).getByText('4,323 returns')).toBeInTheDocument()
    expect(within(card).getByText('Aggregate')).toBeInTheDocument()
    const notes = await within(card).findByRole('list', {
      name: 'Notes on this view (not caveats of the figure)',
    })
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Shown because Caribbean (CARICOM member states) includes Jamaica (membership as recorded in the data).',
      'Which countries reported is not stated, so whether Jamaica is included is not known.',
      'The data holds no figure for Jamaica alone for this indicator.',
    ])
    const caveats = within(card).getByRole('list', { name: 'Caveats' })
    expect(
      within(caveats).getByText(/^Data from only seven Caribbean countries/),
    ).toBeInTheDocument()
    expect(caveats).not.toHaveTextContent(/Jamaica|not reported/)
    expect(card).not.toHaveTextContent('the figure for Jamaica alone is not reported')
    expect(screen.getByRole('button', { name: 'Remove Jamaica' })).toBeInTheDocument()
    expect(screen.getByText(/^3 figures shown for Jamaica, All years\./)).toHaveTextContent(
      'labelled “Aggregate”',
    )
  })

  it('Canada: the CARICOM figure is not shown, the world figures are, and the returns theme says what exists', async () => {
    renderApp()
    await chooseCountry(/^Canada/)
    expect(currentLink()).toBe('/?country=CAN')
    const people = await screen.findByRole('figure', { name: SMUGGLED })
    expect(within(people).getByText('at least 2.5 million people')).toBeInTheDocument()
    expect(
      await within(people).findByText('Shown because the world figure covers Canada.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('figure', { name: PROFITS })).toBeInTheDocument()
    expect(screen.queryByRole('figure', { name: RETURNS })).not.toBeInTheDocument()
    expect(screen.queryByText('4,323 returns')).not.toBeInTheDocument()
    // The notice loads its code when first shown.
    const empty = (
      await screen.findByText(`No figure for ${RETURNS} matches Canada, All years.`)
    ).closest('.no-match') as HTMLElement
    expect(
      within(empty).getByRole('link', { name: 'Caribbean (CARICOM member states)' }),
    ).toHaveAttribute('href', '/?country=CARICOM')
    expect(
      within(empty).getByText('RCM member countries (no figures in these years)'),
    ).toBeInTheDocument()
  })

  it('a year with no figures says which years have them, with links', async () => {
    renderApp('?time=2019')
    expect(
      await screen.findByText('No figures match All countries and regions, 2019.'),
    ).toBeInTheDocument()
    expect(screen.queryAllByRole('figure')).toHaveLength(0)
    expect(screen.getByRole('link', { name: '2018' })).toHaveAttribute('href', '/?time=2018')
    await userEvent.click(screen.getByRole('link', { name: '2016' }))
    expect(currentLink()).toBe('/?time=2016')
    expect(await screen.findByRole('figure', { name: SMUGGLED })).toBeInTheDocument()
    expect(figureNames()).toEqual([SMUGGLED, PROFITS])
  })

  it.each([
    ['?time=20x6&country=??', ['“time=20x6” is not valid.', '“country=??” is not valid.']],
    ['?country=XYZ~JAM', ['“country=XYZ” does not exist in the data.']],
    ['?colour=red', ['“colour” is not a setting of this dashboard.']],
  ])('%s: ignored with a visible notice, the rest still works', async (search, notices) => {
    renderApp(search)
    await screen.findByRole('figure', { name: SMUGGLED })
    for (const notice of notices) expect(screen.getByText(notice)).toBeInTheDocument()
    expect(screen.getByText(/figures shown for/)).toBeInTheDocument()
  })

  it('a link reproduces a view: places, years, and links that keep them', async () => {
    renderApp('?country=JAM&time=2018')
    const card = await screen.findByRole('figure', { name: RETURNS })
    expect(within(card).getByText('Aggregate')).toBeInTheDocument()
    expect(figureNames()).toEqual([RETURNS])
    expect(screen.getByLabelText('From')).toHaveValue('2018')
    expect(screen.getByLabelText('To')).toHaveValue('2018')
    expect(screen.getByRole('button', { name: 'Remove Jamaica' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: `Chart and table: ${RETURNS}` })).toHaveAttribute(
      'href',
      '/indicator/involuntary-returns?country=JAM&time=2018',
    )
  })

  it('year selects write a single year or a span into the link; clear filters removes them', async () => {
    const user = userEvent.setup()
    renderApp()
    await screen.findByRole('figure', { name: SMUGGLED })
    await user.selectOptions(screen.getByLabelText('From'), '2016')
    expect(currentLink()).toBe('/?time=2016')
    await user.selectOptions(screen.getByLabelText('To'), '2018')
    expect(currentLink()).toBe('/?time=2016..2018')
    expect(
      within(screen.getByLabelText('To')).getByRole('option', { name: '2017 (no figures)' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(currentLink()).toBe('/')
    expect(figureNames()).toEqual([SMUGGLED, PROFITS, RETURNS])
  })

  it('the place list is searchable and keyboard usable', async () => {
    const user = userEvent.setup()
    renderApp()
    const toggle = await screen.findByRole('button', { name: 'Choose countries or regions' })
    toggle.focus()
    await user.keyboard('{Enter}')
    const search = await screen.findByLabelText('Search by name, code or region')
    expect(search).toHaveFocus()
    await user.type(search, 'barb')
    expect(screen.getByText('2 places listed')).toBeInTheDocument() // Barbados, Antigua and Barbuda
    await user.clear(search)
    await user.type(search, 'CARICOM')
    expect(screen.getByText('16 places listed')).toBeInTheDocument()
    expect(screen.queryByRole('checkbox', { name: /^Canada/ })).not.toBeInTheDocument()
    await user.tab()
    expect(
      screen.getByRole('checkbox', { name: 'Caribbean (CARICOM member states)' }),
    ).toHaveFocus()
    await user.keyboard(' ')
    expect(currentLink()).toBe('/?country=CARICOM')
    await user.keyboard('{Escape}')
    expect(screen.getByRole('button', { name: 'Choose countries or regions' })).toHaveFocus()
    expect(screen.getByLabelText('Search by name, code or region')).not.toBeVisible()
  })

  it('back and forward walk through the filter choices', async () => {
    const user = userEvent.setup()
    renderApp()
    await chooseCountry(/^Jamaica/)
    await user.selectOptions(screen.getByLabelText('From'), '2018')
    expect(currentLink()).toBe('/?country=JAM&time=2018')
    expect(figureNames()).toEqual([RETURNS])

    await act(async () => window.history.back())
    await waitFor(() => expect(currentLink()).toBe('/?country=JAM'))
    await waitFor(() => expect(figureNames()).toEqual([SMUGGLED, PROFITS, RETURNS]))
    expect(screen.getByLabelText('From')).toHaveValue('')

    await act(async () => window.history.back())
    await waitFor(() => expect(currentLink()).toBe('/'))
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Remove Jamaica' })).not.toBeInTheDocument(),
    )

    await act(async () => window.history.forward())
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove Jamaica' })).toBeInTheDocument(),
    )
  })
})

describe('the remembered filter', { timeout: 30_000 }, () => {
  it('restores the last choice on the next visit when the link names no filter, and says so', async () => {
    const first = renderApp()
    await chooseCountry(/^Jamaica/)
    await waitFor(() => expect(window.localStorage.getItem(FILTER_MEMORY_KEY)).toContain('JAM'))
    first.unmount()

    renderApp()
    expect(
      await screen.findByText('Your last selection was restored: Jamaica, All years.'),
    ).toBeInTheDocument()
    expect(currentLink()).toBe('/?country=JAM')
    expect(screen.getByRole('button', { name: 'Remove Jamaica' })).toBeInTheDocument()
  })

  it('a link with its own filter wins over the remembered one', async () => {
    window.localStorage.setItem(
      FILTER_MEMORY_KEY,
      JSON.stringify({ state: { remembered: { places: ['JAM'], years: null } }, version: 1 }),
    )
    renderApp('?time=2016')
    await screen.findByRole('figure', { name: SMUGGLED })
    expect(currentLink()).toBe('/?time=2016')
    expect(screen.queryByText(/Your last selection was restored/)).not.toBeInTheDocument()
  })

  it.each([
    ['not JSON', '{"state":{"remembered":'],
    [
      'the wrong shape',
      JSON.stringify({ state: { remembered: { places: [42], years: 'all' } }, version: 1 }),
    ],
  ])('discards a saved choice that is %s, says so, and shows every figure', async (_label, raw) => {
    window.localStorage.setItem(FILTER_MEMORY_KEY, raw)
    renderApp()
    expect(
      await screen.findByText(
        'A filter choice saved in this browser could not be read; it was set aside and the page starts without it.',
      ),
    ).toBeInTheDocument()
    expect(figureNames()).toEqual([SMUGGLED, PROFITS, RETURNS])
    expect(currentLink()).toBe('/')
  })
})
