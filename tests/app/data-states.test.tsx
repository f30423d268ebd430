// The path from the data file to the screen, against msw: every figure with its caveats, and the
// failing, slow, empty and malformed responses.
import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '@mocks/server'
import { datasetHandlers, datasetPath } from '@mocks/handlers/dataset'
import { builtInDataset } from '@mocks/fixtures'
import { renderApp } from '../render-app'

describe('the first page against the data API', () => {
  it('shows every built-in figure with its value, source line and every caveat inside its figure', async () => {
    renderApp()
    const dataset = builtInDataset()
    const expected: Record<string, string> = {
      'Migrants smuggled': 'at least 2.5 million people',
      'Profits from migrant smuggling': 'US$5.5–7 billion',
      'Involuntary returns registered': '4,323 returns',
    }
    for (const [name, value] of Object.entries(expected)) {
      const card = await screen.findByRole('figure', { name })
      expect(within(card).getByText(value)).toBeInTheDocument()
      expect(within(card).getByText(/^Source:/)).toBeInTheDocument()
      const indicator = dataset.indicators.find((i) => i.name.en === name)!
      const figure = dataset.figures.find((f) => f.indicatorId === indicator.id)!
      for (const caveat of figure.caveats)
        expect(within(card).getByText(caveat.text.en)).toBeInTheDocument()
    }
  })

  it('says what failed and where, and retries', async () => {
    server.use(datasetHandlers.failing)
    renderApp()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The figures could not be loaded from /data/v1/dataset.json: HTTP 503 Service Unavailable',
    )
    server.use(datasetHandlers.ok)
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('figure', { name: 'Migrants smuggled' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it.each([
    [
      'failing',
      datasetHandlers.failing,
      'No se pudieron cargar las cifras desde /data/v1/dataset.json: el servidor respondió HTTP 503 Service Unavailable',
    ],
    [
      'not JSON',
      datasetHandlers.notJson,
      'No se pudieron cargar las cifras desde /data/v1/dataset.json: la respuesta no es un JSON válido',
    ],
  ])('says why in Spanish in a Spanish view (%s)', async (_, handler, expected) => {
    server.use(handler)
    renderApp('?lang=es')
    expect(await screen.findByRole('alert')).toHaveTextContent(expected)
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeInTheDocument()
  })

  it('shows a loading state while a slow response is on its way', async () => {
    server.use(
      http.get(datasetPath, async () => {
        await new Promise((resolve) => setTimeout(resolve, 300))
        return HttpResponse.json(builtInDataset())
      }),
    )
    renderApp()
    expect(screen.getByRole('status')).toHaveTextContent('Loading figures…')
    expect(
      await screen.findByRole('figure', { name: 'Involuntary returns registered' }),
    ).toBeInTheDocument()
  })

  it('says so when the dataset holds no figures', async () => {
    server.use(datasetHandlers.empty)
    renderApp()
    expect(
      await screen.findByText('The dataset at /data/v1/dataset.json holds no figures.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
  })

  it('reports each invalid record and still shows the valid ones', async () => {
    server.use(datasetHandlers.malformed)
    renderApp()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('2 records in the data were invalid and are not shown')
    expect(alert).toHaveTextContent(
      'figures #2 (smuggling-profits-world-2016), field “estimate.low”: the low value is greater than the high value',
    )
    expect(alert).toHaveTextContent(
      'figures #4 (orphan-figure), field “indicatorId”: refers to “no-such-indicator”',
    )
    expect(screen.getByRole('figure', { name: 'Migrants smuggled' })).toBeInTheDocument()
    expect(
      screen.queryByRole('figure', { name: 'Profits from migrant smuggling' }),
    ).not.toBeInTheDocument()
  })

  it('explains a response that is not JSON', async () => {
    server.use(datasetHandlers.notJson)
    renderApp()
    expect(await screen.findByRole('alert')).toHaveTextContent('the response is not valid JSON')
  })

  it('keeps the last good figures on screen when a refresh fails', async () => {
    const { queryClient } = renderApp()
    await screen.findByRole('figure', { name: 'Migrants smuggled' })
    server.use(datasetHandlers.failing)
    await queryClient.refetchQueries()
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('HTTP 503'))
    expect(screen.getByRole('figure', { name: 'Migrants smuggled' })).toBeInTheDocument()
  })

  it('shows the figures in Spanish when the link says lang=es', async () => {
    renderApp('?lang=es')
    const card = await screen.findByRole('figure', { name: 'Migrantes objeto de tráfico ilícito' })
    expect(within(card).getByText('al menos 2,5 millones de personas')).toBeInTheDocument()
    expect(within(card).getByText(/^Fuente:/)).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('es')
  })
})
