// The context view against msw (built-in dataset): events with their dates as written, the
// workshop's six countries, the work plan with its inconsistency caveat, and who was involved.
import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { builtInDataset } from '@mocks/fixtures'
import { renderApp } from '../render-app'

// The view's code is loaded lazily; on a busy machine the first render can take a few seconds.
const slow = { timeout: 10_000 }
const dataset = builtInDataset()
const [webinars, workshop] = dataset.events

function details(article: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    within(article)
      .getAllByRole('term')
      .map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']),
  )
}

describe('the context view', () => {
  it('shows each event with its date exactly as the document writes it, and what is not stated', async () => {
    renderApp('?view=context')
    const series = await screen.findByRole('article', { name: webinars!.name.en }, slow)
    expect(within(series).getByText(webinars!.dateText)).toBeInTheDocument()
    expect(series).toHaveTextContent('The document does not state the year or its own date')
    expect(series).toHaveTextContent(webinars!.evidence.quote)
    expect(details(series)).toMatchObject({
      Format: 'Online (virtual sessions)',
      Sessions: '4',
      Duration: 'not stated',
      'Participating countries': 'none named by the document',
      'Organised by':
        'Regional Conference on Migration (RCM)International Organization for Migration (IOM)United Nations Office on Drugs and Crime (UNODC)',
    })
    const training = screen.getByRole('article', { name: workshop!.name.en })
    expect(within(training).getByText(workshop!.dateText)).toBeInTheDocument()
    expect(training).toHaveTextContent(
      'Placed by the date it had been completed by, August 27, 2020.',
    )
    expect(details(training)).toMatchObject({
      Sessions: '3',
      Duration: 'Two weeks',
      Format: 'Online, three live sessions',
    })
  })

  it('names the six countries that took part in the workshop', async () => {
    renderApp('?view=context')
    const training = await screen.findByRole('article', { name: workshop!.name.en }, slow)
    const countries = within(training).getByRole('list', { name: 'Participating countries' })
    expect(
      within(countries)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Antigua and Barbuda',
      'Barbados',
      'Grenada',
      'Guyana',
      'Jamaica',
      'Trinidad and Tobago',
    ])
  })

  it('orders the dated items by date and explains the undated one', async () => {
    renderApp('?view=context')
    const timeline = await screen.findByRole('region', { name: 'Timeline' }, slow)
    expect(
      within(timeline)
        .getAllByRole('article')
        .map((a) => a.getAttribute('id')),
    ).toEqual([
      'work-plan-rcm-work-plan-smuggling-2019-2025',
      'event-caribbean-reintegration-workshop-2020',
    ])
    const undated = screen.getByRole('region', { name: 'Not dated in the documents' })
    expect(undated).toHaveTextContent('instead of being guessed into the timeline')
    expect(within(undated).getByRole('article', { name: webinars!.name.en })).toBeInTheDocument()
  })

  it('shows the work plan as stated, with its inconsistency caveat in view', async () => {
    renderApp('?view=context')
    const plan = await screen.findByRole(
      'article',
      { name: 'Work Plan on Migrant Smuggling 2019-2025' },
      slow,
    )
    expect(within(plan).getByText('2019-2025')).toBeInTheDocument()
    expect(details(plan)).toMatchObject({
      'Stated implementation period': '5 years',
      Binding: 'Non-binding',
      Holder: 'Regional Conference on Migration (RCM)',
    })
    const caveats = within(plan).getByRole('list', { name: 'Caveats' })
    expect(caveats).toHaveTextContent('Inconsistency')
    expect(caveats).toHaveTextContent(dataset.workPlans[0]!.caveats[0]!.text.en)
    expect(within(plan).getByText('Paragraph 2')).toBeInTheDocument()
  })

  it('tabulates the organisations involved and the people quoted', async () => {
    renderApp('?view=context')
    const organisations = await screen.findByRole(
      'table',
      { name: /Each organisation the documents name/ },
      slow,
    )
    const impacs = within(organisations)
      .getByRole('rowheader', { name: /CARICOM IMPACS/ })
      .closest('tr')!
    expect(impacs).toHaveTextContent(
      'Organiser of Reception and Reintegration of Forced Returnees in the Caribbean (training workshop)',
    )
    expect(impacs).toHaveTextContent('Lt. Col. Michael Jones')
    const people = screen.getByRole('table', { name: /Everyone the documents name/ })
    const jones = within(people)
      .getByRole('rowheader', { name: 'Lt. Col. Michael Jones' })
      .closest('tr')!
    expect(jones).toHaveTextContent('Executive Director, CARICOM IMPACS')
    expect(jones).toHaveTextContent('Involuntary returns registered (2018)')
    expect(within(people).getAllByRole('row')).toHaveLength(dataset.people.length + 1)
  })

  it('reads in Spanish with lang=es, keeping the document’s own date text', async () => {
    renderApp('?view=context&lang=es')
    const training = await screen.findByRole('article', { name: workshop!.name.es }, slow)
    expect(within(training).getByText(workshop!.dateText)).toBeInTheDocument()
    expect(within(training).getByText(workshop!.dateText).closest('q')).toHaveAttribute(
      'lang',
      'en',
    )
    const countries = within(training).getByRole('list', { name: 'Países participantes' })
    expect(
      within(countries)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Antigua y Barbuda',
      'Barbados',
      'Granada',
      'Guyana',
      'Jamaica',
      'Trinidad y Tobago',
    ])
    const plan = screen.getByRole('article', { name: dataset.workPlans[0]!.name.es })
    expect(details(plan)).toMatchObject({
      'Período de ejecución indicado': '5 años',
      'Carácter vinculante': 'No vinculante',
    })
    expect(within(plan).getByRole('list', { name: 'Advertencias' })).toHaveTextContent(
      dataset.workPlans[0]!.caveats[0]!.text.es,
    )
  })
})
