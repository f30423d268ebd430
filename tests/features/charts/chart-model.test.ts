import { describe as group, expect, it } from 'vitest'
import { buildChartModels, LOWER_BOUND_HEADROOM } from '@/features/charts/model/chart-model'
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
      row: { kind: 'lower-bound', low: 0, high: 2_500_000, extent: [0, 4_000_000], valueLabel: 'at least 2.5 million people (lower bound)', placeLabel: 'World, 2016' },
      scaleMax: 4_000_000,
    },
    {
      label: 'a range floats from low to high, with no midpoint',
      d: profits,
      row: { kind: 'range', low: 5.5e9, high: 7e9, extent: [5.5e9, 7e9], valueLabel: 'US$5.5–7 billion (range, no central value)' },
      scaleMax: 8e9,
    },
    {
      label: 'a point is a bar from zero to its value',
      d: returns,
      row: { kind: 'point', low: 0, high: 4323, extent: [0, 4323], valueLabel: '4,323 returns (point value)', placeLabel: 'Caribbean (CARICOM member states), 2018' },
      scaleMax: 6000,
    },
  ])('$label', ({ d, row, scaleMax }) => {
    const [model] = buildChartModels([d], tEn, 4)
    expect(model?.rows[0]).toMatchObject(row)
    expect(model?.scale.max).toBe(scaleMax)
  })

  it('leaves room beyond a lower bound so its open end shows', () => {
    const [model] = buildChartModels([people], tEn, 4)
    expect(model!.scale.max).toBeGreaterThanOrEqual(2_500_000 * LOWER_BOUND_HEADROOM)
  })

  it('puts the unit on the axis and never mixes units in one chart', () => {
    const models = buildChartModels([people, profits, returns], tEn, 4)
    expect(models.map((m) => [m.unit, m.currency ?? null, m.unitLabel, m.rows.map((r) => r.key)])).toEqual([
      ['persons', null, 'people', ['migrants-smuggled-world-2016']],
      ['currency', 'USD', 'US dollars', ['smuggling-profits-world-2016']],
      ['returns', null, 'returns', ['involuntary-returns-caricom-2018']],
    ])
  })

  it('shares one axis between figures of the same unit', () => {
    const bigger: FigureDescription = { ...people, figure: { ...figureById('migrants-smuggled-world-2016'), id: 'other', estimate: { kind: 'point', value: 5_000_000 } }, estimateKind: 'point' }
    const [model] = buildChartModels([people, bigger], tEn, 4)
    expect(model!.rows).toHaveLength(2)
    expect(model!.scale.max).toBe(6_000_000)
    expect(model!.rows[0]!.extent).toEqual([0, 6_000_000])
  })

  it('labels in Spanish', () => {
    const [model] = buildChartModels([describe('migrants-smuggled-world-2016', 'es')], tEs, 4)
    expect(model!.rows[0]).toMatchObject({ placeLabel: 'Mundo, 2016', valueLabel: 'al menos 2,5 millones de personas (límite inferior)' })
    expect(model!.unitLabel).toBe('personas')
  })
})
