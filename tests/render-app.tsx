// Renders the whole app at a URL against the msw server, with a fresh query client.
import { render } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { App } from '@/app/app'

/** `link`: a query ("?country=JAM") on the overview, or a path with its query ("/es/sources?country=JAM"). */
export function renderApp(link = '') {
  window.history.replaceState(null, '', link.startsWith('/') ? link : `/${link}`)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return { queryClient, ...render(<App queryClient={queryClient} />) }
}

/** The address shown, path and query: what a copied link would hold. */
export function currentLink(): string {
  return `${window.location.pathname}${window.location.search}`
}
