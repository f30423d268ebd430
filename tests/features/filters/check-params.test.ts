import { describe, expect, it } from 'vitest'
import { checkParamsAgainstData, hasFilters } from '@/features/filters/model/check-params'
import { defaultViewParams, type ViewParams } from '@/lib/routing/view-params'
import { parseLocation, serializeViewParams } from '@/lib/routing/location'
import { importedMark } from '@/features/filters/use-imported-mark'
import { NATIONAL_SERIES, indexWithFixtures } from '@mocks/imports/load-imports'
import { builtInIndex } from './built-in-index'

const index = builtInIndex()
const params = (patch: Partial<ViewParams>): ViewParams => ({ ...defaultViewParams, ...patch })

describe('checkParamsAgainstData', () => {
  it.each([
    { places: ['JAM'], indicator: null, expectPlaces: ['JAM'], expectIndicator: null, notices: [] },
    {
      places: ['JAM', 'XYZ'],
      indicator: null,
      expectPlaces: ['JAM'],
      expectIndicator: null,
      notices: ['country=XYZ'],
    },
    {
      places: ['CARICOM', '001'],
      indicator: 'involuntary-returns',
      expectPlaces: ['CARICOM', '001'],
      expectIndicator: 'involuntary-returns',
      notices: [],
    },
    {
      places: [],
      indicator: 'no-such-indicator',
      expectPlaces: [],
      expectIndicator: null,
      notices: ['indicator=no-such-indicator'],
    },
    {
      places: ['FRA', 'DEU'],
      indicator: null,
      expectPlaces: [],
      expectIndicator: null,
      notices: ['country=FRA', 'country=DEU'],
    },
  ])(
    '$places / $indicator → $expectPlaces, $expectIndicator',
    ({ places, indicator, expectPlaces, expectIndicator, notices }) => {
      const checked = checkParamsAgainstData(params({ places, indicator }), index)
      expect(checked.places).toEqual(expectPlaces)
      expect(checked.indicator).toBe(expectIndicator)
      expect(checked.notices.map((n) => `${n.param}=${n.value}`)).toEqual(notices)
      expect(checked.notices.every((n) => n.reason === 'unknown-value')).toBe(true)
    },
  )
})

describe('checkParamsAgainstData with a link that names imported files', () => {
  it('says which imported files are missing here, and puts unknown values down to them', () => {
    const checked = checkParamsAgainstData(
      params({
        places: ['FRA'],
        indicator: 'removals',
        imported: ['removals.csv', 'register.csv'],
      }),
      index,
    )
    expect(checked.notices).toEqual([
      { param: 'imported', value: 'removals.csv, register.csv', reason: 'missing-imports' },
      { param: 'country', value: 'FRA', reason: 'needs-import' },
      { param: 'indicator', value: 'removals', reason: 'needs-import' },
    ])
  })

  it('says nothing when this browser has the files', () => {
    const { index: mixed } = indexWithFixtures([NATIONAL_SERIES])
    const checked = checkParamsAgainstData(
      params({ places: ['JAM'], imported: [NATIONAL_SERIES] }),
      mixed,
    )
    expect(checked.notices).toEqual([])
  })
})

describe('the imported mark of a link', () => {
  it.each([
    {
      label: 'names the files the view shows',
      current: [],
      shown: ['b.csv', 'a.csv'],
      here: ['a.csv', 'b.csv'],
      expected: ['a.csv', 'b.csv'],
    },
    {
      label: 'drops a file of this browser the view no longer shows',
      current: ['a.csv', 'b.csv'],
      shown: ['a.csv'],
      here: ['a.csv', 'b.csv'],
      expected: ['a.csv'],
    },
    {
      label: 'keeps the files of another browser',
      current: ['theirs.csv'],
      shown: [],
      here: [],
      expected: ['theirs.csv'],
    },
  ])('$label', ({ current, shown, here, expected }) => {
    expect(importedMark(current, new Set(shown), new Set(here))).toEqual(expected)
  })

  it('travels in the address as one parameter per file, and back', () => {
    const search = serializeViewParams(params({ imported: ['a b.csv', 'x~y.csv'] }))
    expect(search).toBe('/?imported=a+b.csv&imported=x~y.csv')
    expect(parseLocation('/', search.slice(1)).params.imported).toEqual(['a b.csv', 'x~y.csv'])
  })
})

describe('hasFilters', () => {
  it.each([
    { places: [], years: null, expected: false },
    { places: ['JAM'], years: null, expected: true },
    { places: [], years: { from: 2016, to: 2016 }, expected: true },
  ])('$places $years → $expected', ({ places, years, expected }) => {
    expect(hasFilters({ places, years })).toBe(expected)
  })
})
