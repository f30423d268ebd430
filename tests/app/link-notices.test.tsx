// Odd links: what a link got wrong is said even after a remembered filter replaced it, years are
// bounded by the data's, and a setting given twice is reported instead of silently overridden.
import { describe, expect, it } from 'vitest'
import { configure, screen, waitFor, within } from '@testing-library/react'
import { FILTER_MEMORY_KEY } from '@/features/filters/stores/filter-memory-store'
import { currentLink, renderApp } from '../render-app'

configure({ asyncUtilTimeout: 5000 })

const remember = (filter: { places: string[]; years: { from: number; to: number } | null }) =>
  window.localStorage.setItem(
    FILTER_MEMORY_KEY,
    JSON.stringify({ state: { remembered: filter }, version: 1 }),
  )

const figureCount = () => within(screen.getByRole('main')).queryAllByRole('figure').length

describe('link notices', { timeout: 30_000 }, () => {
  it('a remembered filter applied to a link does not hide what the link got wrong', async () => {
    remember({ places: ['JAM'], years: null })
    renderApp('?country=__proto__&colour=blue')
    expect(
      await screen.findByText('Your last selection was restored: Jamaica, All years.'),
    ).toBeInTheDocument()
    await waitFor(() => expect(currentLink()).toBe('/?country=JAM'))
    expect(screen.getByText('“country=__proto__” is not valid.')).toBeInTheDocument()
    expect(screen.getByText('“colour” is not a setting of this dashboard.')).toBeInTheDocument()
  })

  it('years beyond the data are bounded by its first and last year, said, and remembered so for the next visit', async () => {
    const first = renderApp('?time=0000..9999')
    expect(
      await screen.findByText(
        '“time=0000..9999” goes beyond the years of the data; showing 2016–2018.',
      ),
    ).toBeInTheDocument()
    await waitFor(() => expect(figureCount()).toBe(3))
    await waitFor(() =>
      expect(window.localStorage.getItem(FILTER_MEMORY_KEY)).toContain('"from":2016'),
    )
    first.unmount()

    renderApp()
    expect(
      await screen.findByText(/^Your last selection was restored: All countries and regions, 2016/),
    ).toBeInTheDocument()
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument()
    await waitFor(() => expect(figureCount()).toBe(3))
  })

  it('years no figure can have are ignored and said to be', async () => {
    renderApp('?time=0100..0200')
    expect(
      await screen.findByText(
        '“time=0100..0200” names no year of the data (2016–2018) and is ignored.',
      ),
    ).toBeInTheDocument()
    await waitFor(() => expect(figureCount()).toBe(3))
  })

  it('a setting given twice is reported, and the first one is used', async () => {
    renderApp('?view=import&view=sources')
    expect(
      await screen.findByText(
        '“view” appears more than once; “view=sources” is ignored and the first one is used.',
      ),
    ).toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Your figures' }),
    ).toBeInTheDocument()
  })
})
