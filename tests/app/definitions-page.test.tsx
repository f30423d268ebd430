// The definitions view against msw (built-in dataset): every term with its text and reference,
// anchors that figures link to, and following such a link from a figure card.
import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { builtInDataset } from '@mocks/fixtures'
import { currentLink, renderApp } from '../render-app'

// The view's code is loaded lazily; on a busy machine the first render can take a few seconds.
const slow = { timeout: 10_000 }
const dataset = builtInDataset()

describe('the definitions view', () => {
  it('shows every term with its meaning and reference under an anchor', async () => {
    renderApp('?view=definitions')
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Definitions' }, slow),
    ).toBeInTheDocument()
    for (const definition of dataset.definitions) {
      const entry = screen.getByRole('region', { name: definition.term.en })
      expect(entry).toHaveAttribute('id', `definition-${definition.id}`)
      expect(entry).toHaveTextContent(definition.text.en)
      expect(entry).toHaveTextContent(`Reference: ${definition.reference.en}`)
    }
    const smuggling = screen.getByRole('region', { name: 'Migrant smuggling' })
    expect(smuggling).toHaveTextContent(
      'Used by: Migrants smuggled, Profits from migrant smuggling',
    )
    const terms = screen.getByRole('navigation', { name: 'Terms' })
    expect(within(terms).getByRole('link', { name: 'Trafficking in persons' })).toHaveAttribute(
      'href',
      '#definition-trafficking-in-persons',
    )
  })

  it('focuses the definition a link points at when it opens with a #definition- hash', async () => {
    renderApp('?view=definitions#definition-coverage')
    const coverage = await screen.findByRole('region', { name: 'Coverage' }, slow)
    await waitFor(() => expect(coverage).toHaveFocus())
    expect(coverage).toHaveClass('definition--current')
  })

  it('leads from a figure card’s definition link to that definition, and Back returns to the figure', async () => {
    const user = userEvent.setup()
    renderApp('?country=JAM')
    const card = await screen.findByRole('figure', { name: 'Involuntary returns registered' }, slow)
    const links = within(card).getByText('Definitions:').closest('p')!
    expect(
      within(links)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Forced (involuntary) return', 'Coverage', 'Aggregate (regional or world figure)'])
    await user.click(
      within(links).getByRole('link', { name: 'Aggregate (regional or world figure)' }),
    )
    const aggregate = await screen.findByRole(
      'region',
      { name: 'Aggregate (regional or world figure)' },
      slow,
    )
    expect(currentLink()).toBe('/definitions?country=JAM')
    expect(window.location.hash).toBe('#definition-aggregate')
    await waitFor(() => expect(aggregate).toHaveFocus())
    window.history.back()
    expect(
      await screen.findByRole('figure', { name: 'Involuntary returns registered' }, slow),
    ).toBeInTheDocument()
  })

  it('reads in Spanish with lang=es', async () => {
    renderApp('?view=definitions&lang=es')
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Definiciones' }, slow),
    ).toBeInTheDocument()
    const smuggling = screen.getByRole('region', { name: 'Tráfico ilícito de migrantes' })
    expect(smuggling).toHaveTextContent(dataset.definitions[0]!.text.es)
    expect(smuggling).toHaveTextContent('Referencia:')
    expect(screen.getByRole('region', { name: 'Trata de personas' })).toBeInTheDocument()
  })
})
