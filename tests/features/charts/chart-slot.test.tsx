// The chart slot's stand-ins: the bars as plain SVG while recharts loads (the box the chart
// takes), and a message with the figures in words if drawing fails. The chart module is replaced by one that throws.
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
  it('draws the bars as plain SVG while loading, and the figures in words with a message when the chart fails', async () => {
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
    const plain = screen.getByRole('img', { name: 'summary' })
    expect(plain).toHaveAttribute('data-chart', 'bar-plain')
    expect(plain).toHaveTextContent(/World, 2016 · aggregate\s*at least 2.5 million people/)
    expect(plain.querySelector('.estimate--lower-bound rect')).not.toBeNull()

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The chart could not be drawn. The figures in words:')
    expect(alert).toHaveTextContent(
      'Migrants smuggled, World, 2016: at least 2.5 million people (lower bound).',
    )
    expect(screen.getByText('the rest of the page')).toBeInTheDocument()
    log.mockRestore()
  })
})
