import { describe, expect, it } from 'vitest'
import {
  buildPlaceOptions,
  groupPlaceOptions,
  searchPlaceOptions,
} from '@/features/filters/model/place-options'
import { builtInIndex } from './built-in-index'

const index = builtInIndex()
const en = buildPlaceOptions(index, 'en')
const es = buildPlaceOptions(index, 'es')

describe('buildPlaceOptions', () => {
  it('lists the world, then regions, then countries by name in the language', () => {
    expect(en.slice(0, 3).map((o) => o.code)).toEqual(['001', 'CARICOM', 'RCM'])
    expect(
      en
        .filter((o) => o.level === 'country')
        .slice(0, 3)
        .map((o) => o.name),
    ).toEqual(['Antigua and Barbuda', 'Bahamas', 'Barbados'])
    expect(es.find((o) => o.code === 'MEX')?.name).toBe('México')
  })

  it.each([
    ['JAM', ['CARICOM']],
    ['CAN', ['RCM']],
    ['BLZ', ['CARICOM', 'RCM']],
    ['001', []],
    ['CARICOM', []],
  ])('%s is a member of %j, as the data records it', (code, regions) => {
    expect(en.find((o) => o.code === code)?.memberOf).toEqual(regions)
  })
})

describe('searchPlaceOptions', () => {
  it.each([
    { query: '', count: en.length },
    { query: 'jam', codes: ['JAM'] },
    { query: 'panama', codes: ['PAN'] },
    { query: 'JAM', codes: ['JAM'] },
    { query: 'trinidad tobago', codes: ['TTO'] },
    { query: 'mundo', codes: ['001'] },
    { query: 'zzz', codes: [] },
  ])('“$query”', ({ query, codes, count }) => {
    const found = searchPlaceOptions(en, query)
    if (codes) expect(found.map((o) => o.code)).toEqual(codes)
    if (count !== undefined) expect(found).toHaveLength(count)
  })

  it('finds a region and its recorded members by the region’s name', () => {
    const found = searchPlaceOptions(en, 'caricom')
    expect(found[0]?.code).toBe('CARICOM')
    expect(found.filter((o) => o.level === 'country')).toHaveLength(15)
    expect(found.map((o) => o.code)).not.toContain('CAN')
  })
})

describe('groupPlaceOptions', () => {
  it('puts the world and regions before countries and drops empty groups', () => {
    expect(groupPlaceOptions(en).map((g) => [g.id, g.options.length])).toEqual([
      ['areas', 3],
      ['countries', en.length - 3],
    ])
    expect(groupPlaceOptions(searchPlaceOptions(en, 'jamaica')).map((g) => g.id)).toEqual([
      'countries',
    ])
  })
})
