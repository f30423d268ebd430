// The browser tab names the view, in the link's language (screen readers announce it too).
import { render, screen, waitFor } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { App } from '@/app/app'

function renderApp(search: string) {
  window.history.replaceState(null, '', `/${search}`)
  render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />)
}

describe('document title', () => {
  it.each([
    ['', 'Overview · Migration statistics'],
    ['?view=sources', 'Sources · Migration statistics'],
    ['?view=definitions&lang=es', 'Definiciones · Estadísticas migratorias'],
  ])('at "%s" is "%s"', async (search, title) => {
    renderApp(search)
    await waitFor(() => expect(document.title).toBe(title))
  })

  it('names the indicator in the indicator view once the data has loaded', async () => {
    renderApp('?view=indicator&indicator=smuggling-profits')
    await screen.findByRole('main')
    await waitFor(() =>
      expect(document.title).toBe('Profits from migrant smuggling · Migration statistics'),
    )
  })
})
