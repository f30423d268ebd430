// The navigation marks the link of the page shown with aria-current="page", and only that
// link: an indicator's page is none of the navigation's views, nor is an unknown address.
import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderApp } from '@tests/render-app'

const slow = { timeout: 10_000 }

function currentLinks(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Views' })
  return within(nav)
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent ?? '')
}

describe('the navigation', () => {
  it('marks the view shown', async () => {
    renderApp('/sources')
    await screen.findByRole('heading', { level: 2, name: 'Sources' }, slow)
    expect(currentLinks()).toEqual(['Sources'])
  })

  it('marks the overview on the overview', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 2, name: 'Migrant smuggling' }, slow)
    expect(currentLinks()).toEqual(['Overview'])
  })

  it('marks no link on an indicator page, which links back to the overview instead', async () => {
    renderApp('/indicator/involuntary-returns')
    await screen.findByRole('heading', { level: 2, name: 'Involuntary returns registered' }, slow)
    expect(currentLinks()).toEqual([])
    expect(screen.getByRole('link', { name: '← Back to the overview' })).not.toHaveAttribute(
      'aria-current',
    )
  })

  it('marks no link on an address that is no page', async () => {
    renderApp('/no/such/page')
    await screen.findByRole('heading', { level: 2 }, slow)
    expect(currentLinks()).toEqual([])
  })
})
