// The drawing in jsdom: ResponsiveContainer starts at its initialDimension, so the SVG exists.
// Shapes and layout are checked in the browser (screenshots); here, what the chart says.
import { describe as group, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { EstimateChart } from '@/features/charts/components/estimate-chart'
import { buildChartModels } from '@/features/charts/model/chart-model'
import { summarizeChart } from '@/features/charts/model/chart-summary'
import { LanguageProvider } from '@/lib/language'
import { describe, invented } from './descriptions'
import { tEn } from '../filters/built-in-index'

group('EstimateChart', () => {
  it.each([
    [
      'migrants-smuggled-world-2016',
      'at least 2.5 million people (lower bound)',
      ['0', '1 million', '2 million', '3 million', '4 million'],
      'people',
    ],
    [
      'smuggling-profits-world-2016',
      'US$5.5–7 billion (range, no central value)',
      ['0', '2 billion', '4 billion', '6 billion', '8 billion'],
      'US dollars',
    ],
    [
      'involuntary-returns-caricom-2018',
      '4,323 returns (point value)',
      ['0', '1,000', '2,000', '3,000', '4,000', '5,000'],
      'returns',
    ],
  ])(
    '%s: one image named by its summary, labelled with its kind, units on the axis',
    (id, valueLabel, ticks, unit) => {
      const descriptions = [describe(id)]
      const [model] = buildChartModels(descriptions, tEn)
      render(
        <LanguageProvider lang="en">
          <EstimateChart model={model!} summary={summarizeChart(descriptions, tEn)} />
        </LanguageProvider>,
      )
      const chart = screen.getByRole('img', { name: summarizeChart(descriptions, tEn) })
      expect(within(chart).getByText(valueLabel)).toBeInTheDocument()
      for (const tick of ticks) expect(within(chart).getByText(tick)).toBeInTheDocument()
      expect(within(chart).getByText(unit)).toBeInTheDocument()
    },
  )
})

group('EstimateChart: an upper bound', () => {
  it('is labelled "up to" and drawn as its own kind, not as a point', () => {
    const descriptions = [invented('JAM', 2019, { kind: 'upper-bound', value: 1500 })]
    const [model] = buildChartModels(descriptions, tEn)
    const { container } = render(
      <LanguageProvider lang="en">
        <EstimateChart model={model!} summary={summarizeChart(descriptions, tEn)} />
      </LanguageProvider>,
    )
    expect(screen.getByText('up to 1,500 returns (upper bound)')).toBeInTheDocument()
    const mark = container.querySelector('[data-kind="upper-bound"]')
    expect(mark).toHaveClass('estimate--upper-bound')
    expect(mark).toHaveAttribute('data-value', '1500')
  })
})
