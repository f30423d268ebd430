import { describe as group, expect, it } from 'vitest'
import {
  barExtent,
  buildChartModels,
  LOWER_BOUND_HEADROOM,
} from '@/features/charts/model/chart-model'
import { describe, figureById } from './descriptions'
import { tEn, tEs } from '../filters/built-in-index'
import type { FigureDescription } from '@/domain/figure-description'

const people = describe('migrants-smuggled-world-2016')
const profits = describe('smuggling-profits-world-2016')
const returns = describe('involuntary-returns-caricom-2018')

group('buildChartModels draws each estimate kind honestly', () => {
  it.each([
    {
      label: 'a lower bound runs open-ended to the axis end, labelled "at least"',
      d: people,
      row: {
        kind: 'lower-bound',
        low: 0,
        high: 2_500_000,
        valueLabel: 'at least 2.5 million people (lower bound)',
        placeLabel: 'World, 2016 · aggregate',
      },
      axisMax: 2_500_000 * LOWER_BOUND_HEADROOM,
      extent: [0, 4_000_000],
    },
    {
      label: 'a range floats from low to high, with no midpoint',
      d: profits,
      row: {
        kind: 'range',
        low: 5.5e9,
        high: 7e9,
        valueLabel: 'US$5.5–7 billion (range, no central value)',
      },
      axisMax: 7e9,
      extent: [5.5e9, 7e9],
    },
    {
      label: 'a point is a bar from zero to its value',
      d: returns,
      row: {
        kind: 'point',
        low: 0,
        high: 4323,
        valueLabel: '4,323 returns (point value)',
        placeLabel: 'Caribbean (CARICOM member states), 2018 · aggregate',
      },
      axisMax: 4323,
      extent: [0, 4323],
    },
  ])('$label', ({ d, row, axisMax, extent }) => {
    const [model] = buildChartModels([d], tEn)
    expect(model?.rows[0]).toMatchObject(row)
    expect(model?.axisMax).toBe(axisMax)
    expect(barExtent(model!.rows[0]!, 4_000_000)).toEqual(extent)
  })

  it('puts the unit on the axis and never mixes units in one chart', () => {
    const models = buildChartModels([people, profits, returns], tEn)
    expect(
      models.map((m) => [m.unit, m.currency ?? null, m.unitLabel, m.rows.map((r) => r.key)]),
    ).toEqual([
      ['persons', null, 'people', ['migrants-smuggled-world-2016']],
      ['currency', 'USD', 'US dollars', ['smuggling-profits-world-2016']],
      ['returns', null, 'returns', ['involuntary-returns-caricom-2018']],
    ])
  })

  it('shares one axis between figures of the same unit, reaching the highest', () => {
    // An invented point figure (not data) above the lower bound's headroom.
    const bigger: FigureDescription = {
      ...people,
      figure: {
        ...figureById('migrants-smuggled-world-2016'),
        id: 'other',
        estimate: { kind: 'point', value: 5_000_000 },
      },
      estimateKind: 'point',
    }
    const [model] = buildChartModels([people, bigger], tEn)
    expect(model!.rows).toHaveLength(2)
    expect(model!.axisMax).toBe(5_000_000)
  })

  it('labels in Spanish', () => {
    const [model] = buildChartModels([describe('migrants-smuggled-world-2016', 'es')], tEs)
    expect(model!.rows[0]).toMatchObject({
      placeLabel: 'Mundo, 2016 · agregado',
      valueLabel: 'al menos 2,5 millones de personas (límite inferior)',
    })
    expect(model!.unitLabel).toBe('personas')
  })
})
