import { figureKey } from '@/features/import/model/import-context'
import { FigureKeyMap, splitFigureKey } from '@/features/import/model/figure-key-map'

describe('FigureKeyMap', () => {
  it('keeps one value per indicator, place and period', () => {
    const map = new FigureKeyMap<number>()
    map.set('returns', 'JAM', '2019', 2)
    map.set('returns', 'JAM', '2020', 3)
    map.set('returns', 'JAM', '2019', 4)
    expect([
      map.get('returns', 'JAM', '2019'),
      map.get('returns', 'JAM', '2020'),
      map.get('returns', 'HTI', '2019'),
      map.get('smuggled', 'JAM', '2019'),
    ]).toEqual([4, 3, undefined, undefined])
    expect([map.has('returns', 'JAM', '2020'), map.has('returns', 'JAM', '2021')]).toEqual([
      true,
      false,
    ])
  })

  it('tells a stored null from a missing key', () => {
    const map = new FigureKeyMap<string | null>()
    map.set('returns', 'CARICOM', '2018', null)
    expect(map.get('returns', 'CARICOM', '2018')).toBeNull()
    expect(map.has('returns', 'CARICOM', '2018')).toBe(true)
  })
})

describe('splitFigureKey', () => {
  it.each([
    ['involuntary-returns', 'CARICOM', '2018'],
    ['a', '001', '1900'],
    ['odd|indicator', 'JAM', '2100'],
    ['deportees-received', 'JAM', '2019-03'],
    ['deportees-received', 'JAM', '2019-q4'],
    ['removals', 'USA', 'fy-2018-10-2019-09'],
  ])('gives back the parts of figureKey(%s, %s, %s)', (indicatorId, geographyCode, period) => {
    expect(splitFigureKey(figureKey(indicatorId, geographyCode, period))).toEqual({
      indicatorId,
      geographyCode,
      period,
    })
  })

  it.each([
    '',
    'no-bars',
    'one|bar',
    'a|JAM|',
    'a|JAM|20x9',
    'a|JAM|02019',
    'a|JAM|2019-13',
    'a|JAM|2019-q5',
  ])('returns null for “%s”', (key) => {
    expect(splitFigureKey(key)).toBeNull()
  })
})
