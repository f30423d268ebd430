import type { FigureDescription } from '@/domain/figure-description'
import { describe, expect, it } from 'vitest'
import {
  estimateTextWidth,
  fitScale,
  labelBaselines,
  layoutLabels,
  wrapText,
} from '@/features/charts/model/chart-layout'
import type { ChartRow } from '@/features/charts/model/chart-model'
import { formatNumber } from '@/domain/format-estimate'

describe('wrapText', () => {
  it.each([
    {
      text: 'at least 2.5 million people (lower bound)',
      max: 80,
      expected: ['at least 2.5 million people (lower bound)'],
    },
    {
      text: 'at least 2.5 million people (lower bound)',
      max: 20,
      expected: ['at least 2.5 million', 'people (lower bound)'],
    },
    {
      text: 'Caribbean (CARICOM member states), 2018 · aggregate',
      max: 30,
      expected: ['Caribbean (CARICOM member', 'states), 2018 · aggregate'],
    },
    { text: 'supercalifragilistic word', max: 5, expected: ['supercalifragilistic', 'word'] },
    { text: '', max: 10, expected: [] },
  ])('“$text” in $max characters', ({ text, max, expected }) => {
    expect(wrapText(text, max)).toEqual(expected)
  })
})

describe('fitScale: as many round steps as fit side by side', () => {
  const en = (v: number) => formatNumber(v, 'en')
  const es = (v: number) => formatNumber(v, 'es')
  it.each([
    { label: 'people, wide', max: 3.5e6, width: 1000, format: en, ticks: [0, 1e6, 2e6, 3e6, 4e6] },
    { label: 'people, phone', max: 3.5e6, width: 330, format: en, ticks: [0, 1e6, 2e6, 3e6, 4e6] },
    { label: 'dollars, wide', max: 7e9, width: 1000, format: en, ticks: [0, 2e9, 4e9, 6e9, 8e9] },
    { label: 'dollars in Spanish, phone', max: 7e9, width: 330, format: es, ticks: [0, 5e9, 10e9] },
    {
      label: 'returns, phone',
      max: 4323,
      width: 330,
      format: en,
      ticks: [0, 1000, 2000, 3000, 4000, 5000],
    },
    {
      label: 'people in Spanish, narrow phone',
      max: 3.5e6,
      width: 250,
      format: es,
      ticks: [0, 2e6, 4e6],
    },
  ])('$label', ({ max, width, format, ticks }) => {
    const scale = fitScale(max, width, format)
    expect(scale.ticks).toEqual(ticks)
    const spacing = width / (scale.ticks.length - 1)
    for (const tick of scale.ticks)
      expect(estimateTextWidth(format(tick), 12)).toBeLessThan(spacing)
  })
})

describe('layoutLabels', () => {
  const row = (key: string, placeLabel: string, valueLabel: string): ChartRow => ({
    key,
    kind: 'point',
    low: 0,
    high: 1,
    placeLabel,
    valueLabel,
    isAggregate: false,
    description: {} as FigureDescription,
  })
  const rows = [
    row('a', 'World, 2016 · aggregate', 'at least 2.5 million people (lower bound)'),
    row('b', 'Jamaica, 2018', '12 returns (point value)'),
  ]

  it.each([
    { width: 900, placeLines: 1, valueLines: 1 },
    { width: 330, placeLines: 1, valueLines: 2 },
    { width: 150, placeLines: 2, valueLines: 3 },
  ])(
    'at $width px every row leaves room for $placeLines + $valueLines lines',
    ({ width, placeLines, valueLines }) => {
      const layout = layoutLabels(rows, width)
      expect([layout.placeLines, layout.valueLines]).toEqual([placeLines, valueLines])
      for (const { place, value } of layout.labels.values()) {
        for (const line of place)
          expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(
            Math.max(width, estimateTextWidth('x'.repeat(12), 12)),
          )
        for (const line of value)
          expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(
            Math.max(width, estimateTextWidth('x'.repeat(12), 14)),
          )
      }
      const baselines = labelBaselines(layout)
      expect(baselines.value.at(-1)!).toBeLessThan(layout.labelHeight)
      expect(layout.rowHeight).toBeGreaterThan(layout.labelHeight)
    },
  )
})
