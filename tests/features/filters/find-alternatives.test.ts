import { describe, expect, it } from 'vitest'
import { findAlternatives } from '@/features/filters/model/find-alternatives'
import { builtInIndex } from './built-in-index'

const index = builtInIndex()

describe('findAlternatives (what exists when a filter matches nothing)', () => {
  it.each([
    {
      label: 'all places in 2019: the years that have figures',
      places: [],
      years: { from: 2019, to: 2019 },
      expected: { years: [2016, 2018], places: [], coveringAreas: [] },
    },
    {
      label:
        'Canada in 2018: 2016 (world), CARICOM has 2018 figures, Canada is covered by the world and the RCM',
      places: ['CAN'],
      years: { from: 2018, to: 2018 },
      expected: {
        years: [2016],
        places: ['CARICOM'],
        coveringAreas: [
          { code: '001', figureCount: 0 },
          { code: 'RCM', figureCount: 0 },
        ],
      },
    },
    {
      label: 'Jamaica in 2019: both years, covered by the world and CARICOM',
      places: ['JAM'],
      years: { from: 2019, to: 2019 },
      expected: {
        years: [2016, 2018],
        places: [],
        coveringAreas: [
          { code: '001', figureCount: 0 },
          { code: 'CARICOM', figureCount: 0 },
        ],
      },
    },
    {
      label: 'the RCM region in 2016: the world has figures then',
      places: ['RCM'],
      years: { from: 2016, to: 2016 },
      expected: { years: [], places: ['001'], coveringAreas: [] },
    },
  ])('$label', ({ places, years, expected }) => {
    expect(findAlternatives(index, index.figures, { places, years })).toEqual(expected)
  })

  it('counts a covering area’s figures within the selected years', () => {
    const found = findAlternatives(index, index.figures, {
      places: ['JAM'],
      years: { from: 2016, to: 2018 },
    })
    expect(found.coveringAreas).toEqual([
      { code: '001', figureCount: 2 },
      { code: 'CARICOM', figureCount: 1 },
    ])
  })
})
