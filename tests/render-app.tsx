// Renders the whole app at a URL against the msw server, with a fresh query client.
import { render } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { App } from '@/app/app'

export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return { queryClient, ...render(<App queryClient={queryClient} />) }
}
