import { readFileSync } from 'node:fs'
import { applyChoices, unitMismatchKey } from '@/features/import/model/commit-choices'
import { analyseText } from '../helpers'

// The national series, but in "persons" where the built-in indicator counts "returns".
const inPersons = readFileSync('tests/fixtures/national-series.csv', 'utf8').replaceAll(
  ',returns,',
  ',persons,',
)

describe('the unit check of an import', () => {
  it('flags a known indicator given in another unit, once, with its rows and the indicator it would become', () => {
    const { summary } = analyseText(inPersons)
    expect(summary.issues).toEqual([])
    expect(summary.unitMismatches).toEqual([
      {
        indicatorId: 'involuntary-returns',
        unit: 'persons',
        expected: ['returns'],
        count: 8,
        rows: [2, 3, 4, 5, 6],
        newIndicator: expect.objectContaining({
          id: 'involuntary-returns-persons',
          theme: 'returns',
          name: {
            en: 'Involuntary returns registered (people)',
            es: 'Retornos involuntarios registrados (personas)',
          },
          units: ['persons'],
        }),
      },
    ])
  })

  it('does not flag figures in the indicator’s own unit, nor a new indicator', () => {
    expect(
      analyseText(readFileSync('tests/fixtures/national-series.csv', 'utf8')).summary
        .unitMismatches,
    ).toEqual([])
    expect(
      analyseText(readFileSync('tests/fixtures/caribbean-removals-fy2020.csv', 'utf8')).summary
        .unitMismatches,
    ).toEqual([])
  })
})

describe('applyChoices', () => {
  const analysis = analyseText(inPersons)
  const key = unitMismatchKey(analysis.summary.unitMismatches[0]!)

  it('refuses to import while a mismatch has no choice', () => {
    expect(applyChoices(analysis, {})).toEqual({
      ok: false,
      reason: 'import.engineError.unitChoiceNeeded',
    })
    expect(
      applyChoices(analysis, { unitChoices: { [key]: { kind: 'same-unit', unit: 'cases' } } }),
    ).toMatchObject({ ok: false })
  })

  it('records the figures in the indicator’s unit when it is the same unit under another name', () => {
    const result = applyChoices(analysis, {
      unitChoices: { [key]: { kind: 'same-unit', unit: 'returns' } },
    })
    if (!result.ok) throw new Error(result.reason)
    expect(new Set(result.analysis.figures.map((f) => `${f.indicatorId} ${f.unit}`))).toEqual(
      new Set(['involuntary-returns returns']),
    )
    expect(result.analysis.records.indicators).toEqual([])
  })

  it('makes a new indicator, so the built-in one keeps a single unit', () => {
    const result = applyChoices(analysis, { unitChoices: { [key]: { kind: 'new-indicator' } } })
    if (!result.ok) throw new Error(result.reason)
    expect(new Set(result.analysis.figures.map((f) => `${f.indicatorId} ${f.unit}`))).toEqual(
      new Set(['involuntary-returns-persons persons']),
    )
    expect(result.analysis.records.indicators.map((i) => i.id)).toEqual([
      'involuntary-returns-persons',
    ])
  })
})
