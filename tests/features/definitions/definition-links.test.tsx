import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { builtInDataset } from '@mocks/fixtures'
import { datasetQueryOptions } from '@/features/dataset/api/get-dataset'
import { DefinitionLinks } from '@/features/definitions/components/definition-links'
import { LanguageProvider } from '@/lib/language'
import type { Dataset } from '@/domain/dataset-schema'

function withLoadedDataset(lang: 'en' | 'es') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(datasetQueryOptions().queryKey, {
    dataset: builtInDataset() as Dataset,
    issues: [],
    url: '/data/v1/dataset.json',
  })
  return ({ children }: { children: React.ReactNode }) => (
    <QueryClientProvider client={client}>
      <LanguageProvider lang={lang}>{children}</LanguageProvider>
    </QueryClientProvider>
  )
}

describe('DefinitionLinks', () => {
  it('names each term and links it to its anchor, keeping the language and filters of the link', () => {
    window.history.replaceState(null, '', '/?country=JAM&lang=es')
    render(<DefinitionLinks ids={['migrant-smuggling', 'lower-bound']} />, {
      wrapper: withLoadedDataset('es'),
    })
    expect(screen.getByText('Definiciones:')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Tráfico ilícito de migrantes' })).toHaveAttribute(
      'href',
      '/es/definitions?country=JAM#definition-migrant-smuggling',
    )
    expect(screen.getByRole('link', { name: 'Límite inferior («al menos»)' })).toHaveAttribute(
      'href',
      '/es/definitions?country=JAM#definition-lower-bound',
    )
  })

  it('still renders outside a query client (an export renderer), naming terms by id', () => {
    render(<DefinitionLinks ids={['range']} />)
    expect(screen.getByRole('link', { name: 'range' })).toHaveAttribute(
      'href',
      '/definitions#definition-range',
    )
  })

  it('renders nothing without ids', () => {
    const { container } = render(<DefinitionLinks ids={[]} />)
    expect(container).toBeEmptyDOMElement()
  })
})
