import { FigureKeyMap } from '@/features/import/model/figure-key-map'

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
  })

  it('tells a stored null from a missing key', () => {
    const map = new FigureKeyMap<string | null>()
    map.set('returns', 'CARICOM', '2018', null)
    expect(map.get('returns', 'CARICOM', '2018')).toBeNull()
    expect(map.get('returns', 'CARICOM', '2019')).toBeUndefined()
  })
})
