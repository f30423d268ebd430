// DataStatus against msw: a slow answer gets a notice and a retry after a few seconds, a failed
// refresh keeps the last good figures on screen, and nothing blanks the page.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { server } from '@mocks/server'
import { datasetHandlers, datasetPath } from '@mocks/handlers/dataset'
import { builtInDataset } from '@mocks/fixtures'
import { datasetKeys } from '@/features/dataset/api/get-dataset'
import { QueryClient } from '@tanstack/react-query'
import { App } from '@/app/app'

function renderApp() {
  window.history.replaceState(null, '', '/')
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return { queryClient, ...render(<App queryClient={queryClient} />) }
}

describe('DataStatus', () => {
  it('says when loading is slow and offers to try again, which then loads the figures', async () => {
    let calls = 0
    server.use(
      http.get(datasetPath, async () => {
        calls++
        if (calls === 1) await delay('infinite')
        return HttpResponse.json(builtInDataset())
      }),
    )
    renderApp()
    expect(screen.getByRole('status')).toHaveTextContent('Loading figures…')
    const slow = await screen.findByText(
      'The figures are taking longer than usual to load. You can keep waiting or try again.',
      {},
      { timeout: 5000 },
    )
    await userEvent.click(
      within(slow.closest('[role="status"]') as HTMLElement).getByRole('button', {
        name: 'Try again',
      }),
    )
    expect(
      await screen.findByRole('figure', { name: 'Migrants smuggled' }, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(screen.queryByText(/taking longer than usual/)).not.toBeInTheDocument()
  }, 15_000)

  it('keeps the last good figures when a refresh fails, says so, and retries', async () => {
    const { queryClient } = renderApp()
    expect(
      await screen.findByRole('figure', { name: 'Migrants smuggled' }, { timeout: 5000 }),
    ).toBeInTheDocument()
    server.use(datasetHandlers.failing)
    await queryClient.refetchQueries({ queryKey: datasetKeys.all })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Showing the figures loaded earlier: the latest update from /data/v1/dataset.json failed (HTTP 503 Service Unavailable).',
    )
    expect(screen.getByRole('figure', { name: 'Migrants smuggled' })).toBeInTheDocument()
    server.resetHandlers()
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(screen.getByRole('figure', { name: 'Migrants smuggled' })).toBeInTheDocument()
  })

  it.each([
    ['not JSON', datasetHandlers.notJson, 'the response is not valid JSON'],
    ['failing', datasetHandlers.failing, 'HTTP 503 Service Unavailable'],
  ])(
    'a %s response shows a clear message and a retry, and keeps the page',
    async (_name, handler, reason) => {
      server.use(handler)
      renderApp()
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent(reason)
      expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled()
      expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument()
    },
  )
})
