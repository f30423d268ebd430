import { describe as group, expect, it } from 'vitest'
import { summarizeChart, summarizeFigure } from '@/features/charts/model/chart-summary'
import { describe } from './descriptions'
import { tEn, tEs } from '../filters/built-in-index'

group('summarizeFigure: the chart’s text alternative', () => {
  it.each([
    [
      'migrants-smuggled-world-2016',
      'en',
      'Migrants smuggled, World, 2016: at least 2.5 million people (lower bound).',
    ],
    [
      'smuggling-profits-world-2016',
      'en',
      'Profits from migrant smuggling, World, 2016: US$5.5–7 billion (range, no central value).',
    ],
    [
      'involuntary-returns-caricom-2018',
      'en',
      'Involuntary returns registered, Caribbean (CARICOM member states), 2018: 4,323 returns (point value).',
    ],
    [
      'migrants-smuggled-world-2016',
      'es',
      'Migrantes objeto de tráfico ilícito, Mundo, 2016: al menos 2,5 millones de personas (límite inferior).',
    ],
  ] as const)('%s in %s', (id, lang, expected) => {
    expect(summarizeFigure(describe(id, lang), lang === 'en' ? tEn : tEs)).toBe(expected)
  })

  it('joins the figures of a chart into one paragraph', () => {
    const text = summarizeChart(
      [describe('migrants-smuggled-world-2016'), describe('involuntary-returns-caricom-2018')],
      tEn,
    )
    expect(text).toBe(
      'Migrants smuggled, World, 2016: at least 2.5 million people (lower bound). Involuntary returns registered, Caribbean (CARICOM member states), 2018: 4,323 returns (point value).',
    )
  })
})
