// The map's model from the built-in data and the import fixtures (mocks/imports): classes, the
// coverage of a regional figure, members never shown as reporting unless named, world figures.
import { describeFigure } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { Language } from '@/domain/translate'
import { buildMapModel } from '@/features/map/model/map-model'
import { chooseMapPeriod, figuresOfPeriod, listMapPeriods } from '@/features/map/model/map-periods'
import { summarizeMap } from '@/features/map/model/map-summary'
import { translatorFor } from '@/lib/i18n'
import { MULTI_COUNTRY, SMALL_STATES, indexWithFixtures } from '@mocks/imports/load-imports'

function mapOf(index: DatasetIndex, indicatorId: string, lang: Language = 'en', period?: string) {
  const t = translatorFor(lang)
  const descriptions = matchFiguresToSelection(index, index.figures, [])
    .filter((m) => m.figure.indicatorId === indicatorId)
    .map((m) => describeFigure(m, index, lang, t))
  const periods = listMapPeriods(descriptions)
  const chosen = chooseMapPeriod(descriptions, periods, period ?? null)!
  const shown = figuresOfPeriod(descriptions, chosen.key)
  const model = buildMapModel(shown, index.geographies, chosen.label, lang, t)
  return { model, periods, summary: summarizeMap(model, t) }
}

const builtIn = indexWithFixtures([]).index

describe('the built-in CARICOM figure', () => {
  it('is the outline of the 15 members, with its coverage, and no member as a reporter', () => {
    const { model, summary } = mapOf(builtIn, 'involuntary-returns')
    expect(model.countries).toEqual([])
    expect(model.regions).toHaveLength(1)
    const [region] = model.regions
    expect(region!.members).toHaveLength(15)
    expect(region!.reporters).toEqual([])
    expect(region!.coverage).toBe(
      'Registered in seven of the 15 CARICOM member states; which ones is not stated.',
    )
    expect(model.members.map((m) => m.code)).toContain('GRD')
    expect(model.members.find((m) => m.code === 'BRB')!.label).toBe(
      'Barbados: no figure of its own for 2018. Member of Caribbean (CARICOM member states), whose figure is 4,323 returns; whether Barbados reported is not stated.',
    )
    expect(summary).toContain('No country has a figure of its own for 2018.')
  })

  it('says so in Spanish', () => {
    const { model } = mapOf(builtIn, 'involuntary-returns', 'es')
    expect(model.regions[0]!.coverage).toBe(
      'Registrados en siete de los 15 Estados miembros de la CARICOM; no se indica cuáles.',
    )
    expect(model.members.find((m) => m.code === 'GRD')!.name).toBe('Granada')
  })

  it('shows a member as reporting only when the source names it', () => {
    const dataset = structuredClone(builtIn.dataset)
    const figure = dataset.figures.find((f) => f.id === 'involuntary-returns-caricom-2018')!
    figure.coverage = { ...figure.coverage, reportingUnits: ['JAM', 'BRB'], reportingUnitCount: 2 }
    const { model } = mapOf(indexWithFixtures([], dataset).index, 'involuntary-returns')
    expect(model.regions[0]!.reporters).toEqual(['JAM', 'BRB'])
    expect(model.regions[0]!.coverage).toBe(
      'Registered in 2 of the 15 CARICOM member states, named by the source and tinted on the map.',
    )
    expect(model.members.find((m) => m.code === 'GRD')!.label).toContain(
      'not among the reporting members the source names',
    )
  })
})

describe('a world figure', () => {
  it('says it is not broken down by country and frames nothing', () => {
    const { model } = mapOf(builtIn, 'migrants-smuggled')
    expect(model.countries).toEqual([])
    expect(model.frame).toEqual([])
    expect(model.world).toEqual([
      'World, 2016: at least 2.5 million people. A world figure, not broken down by country: no country is shaded.',
    ])
  })
})

describe('imported country figures', () => {
  const { index } = indexWithFixtures([MULTI_COUNTRY, SMALL_STATES])

  it('are shaded by class, each announced with value, kind, period, caveats and origin', () => {
    const { model, summary } = mapOf(index, 'removals-to-caribbean-countries-test-fixture')
    expect(model.classes).toHaveLength(4)
    const byCode = Object.fromEntries(model.countries.map((c) => [c.code, c.classIndex]))
    expect(byCode).toEqual({ LCA: 0, BRB: 0, BHS: 1, TTO: 1, GUY: 2, JAM: 3, HTI: 3, DOM: 3 })
    const barbados = model.countries.find((c) => c.code === 'BRB')!
    expect(barbados.label).toMatch(
      /^Barbados: 41 returns \(Point value\), 2020, 2 caveats\. Your imported figure: Imported from caribbean-removals-2020\.csv on /,
    )
    expect(summary).toMatch(
      /^8 countries have a figure of their own for 2020; highest: Dominican Republic, 1,904 returns; lowest: Saint Lucia, 35 returns\./,
    )
  })

  it('mark a lower bound and a range as possibly higher, and a zero apart from no data', () => {
    const { model, periods } = mapOf(index, 'returns-to-the-eastern-caribbean-test-fixture')
    expect(periods.map((p) => p.label)).toEqual(['2019', '2020'])
    expect(model.period).toBe('2020')
    const of = (code: string) => model.countries.find((c) => c.code === code)!
    expect(of('GRD')).toMatchObject({ mayBeHigher: true })
    expect(of('GRD').label).toContain('Grenada: at least 12 returns (Lower bound (at least)), 2020')
    expect(of('BRB').description.estimateKind).toBe('range')
    expect(of('DMA').classIndex).toBe(-1)
    const earlier = mapOf(index, 'returns-to-the-eastern-caribbean-test-fixture', 'en', '2019')
    expect(earlier.model.countries.map((c) => c.code).sort()).toEqual(['BRB', 'GRD'])
  })
})
