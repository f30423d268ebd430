// The chart slot's stand-ins: the text alternative while the chart's code loads, and a message
// with the same text if drawing fails. The chart module is replaced by one that throws.
import { describe as group, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ChartSlot } from '@/features/charts/components/chart-slot'
import { buildChartModels } from '@/features/charts/model/chart-model'
import { LanguageProvider } from '@/lib/language'
import { describe } from './descriptions'
import { tEn } from '../filters/built-in-index'

vi.mock('@/features/charts/components/estimate-chart', () => ({
  EstimateChart: () => {
    throw new Error('drawing failed')
  },
}))

group('ChartSlot', () => {
  it('shows the figures in words while loading, and keeps them with a message when the chart fails', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const descriptions = [describe('migrants-smuggled-world-2016')]
    const [model] = buildChartModels(descriptions, tEn)
    render(
      <LanguageProvider lang="en">
        <ChartSlot
          drawing={{ type: 'bar', model: model! }}
          descriptions={descriptions}
          summary="summary"
        />
        <p>the rest of the page</p>
      </LanguageProvider>,
    )
    expect(
      screen.getByText('Loading the chart… Meanwhile, the figures in words:'),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        'Migrants smuggled, World, 2016: at least 2.5 million people (lower bound).',
      ),
    ).toBeInTheDocument()

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The chart could not be drawn. The figures in words:')
    expect(alert).toHaveTextContent(
      'Migrants smuggled, World, 2016: at least 2.5 million people (lower bound).',
    )
    expect(screen.getByText('the rest of the page')).toBeInTheDocument()
    log.mockRestore()
  })
})
