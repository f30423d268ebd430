import { describe, expect, it } from 'vitest'
import { checkParamsAgainstData, hasFilters } from '@/features/filters/model/check-params'
import { defaultViewParams, type ViewParams } from '@/features/filters/model/view-params'
import { builtInIndex } from './built-in-index'

const index = builtInIndex()
const params = (patch: Partial<ViewParams>): ViewParams => ({ ...defaultViewParams, ...patch })

describe('checkParamsAgainstData', () => {
  it.each([
    { places: ['JAM'], indicator: null, expectPlaces: ['JAM'], expectIndicator: null, notices: [] },
    { places: ['JAM', 'XYZ'], indicator: null, expectPlaces: ['JAM'], expectIndicator: null, notices: ['country=XYZ'] },
    { places: ['CARICOM', '001'], indicator: 'involuntary-returns', expectPlaces: ['CARICOM', '001'], expectIndicator: 'involuntary-returns', notices: [] },
    { places: [], indicator: 'no-such-indicator', expectPlaces: [], expectIndicator: null, notices: ['indicator=no-such-indicator'] },
    { places: ['FRA', 'DEU'], indicator: null, expectPlaces: [], expectIndicator: null, notices: ['country=FRA', 'country=DEU'] },
  ])('$places / $indicator → $expectPlaces, $expectIndicator', ({ places, indicator, expectPlaces, expectIndicator, notices }) => {
    const checked = checkParamsAgainstData(params({ places, indicator }), index)
    expect(checked.places).toEqual(expectPlaces)
    expect(checked.indicator).toBe(expectIndicator)
    expect(checked.notices.map((n) => `${n.param}=${n.value}`)).toEqual(notices)
    expect(checked.notices.every((n) => n.reason === 'unknown-value')).toBe(true)
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
