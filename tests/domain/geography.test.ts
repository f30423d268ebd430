// matchFiguresToSelection on a small hand-made index: two regions whose membership is data
// (CARICOM lists JAM; RCM lists MEX and PAN), the world, and figures in a deliberate order.
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import type { Geography } from '@/domain/dataset-schema'
import { matchFiguresToSelection } from '@/domain/geography'

const geographies: Geography[] = [
  { code: '001', level: 'world', name: { en: 'World' } },
  { code: 'CARICOM', level: 'region', name: { en: 'CARICOM' }, members: ['JAM'] },
  { code: 'RCM', level: 'region', name: { en: 'RCM' }, members: ['MEX', 'PAN'] },
  { code: 'JAM', level: 'country', name: { en: 'Jamaica' } },
  { code: 'MEX', level: 'country', name: { en: 'Mexico' } },
  { code: 'PAN', level: 'country', name: { en: 'Panama' } },
] as Geography[]

function figure(id: string, geographyCode: string): DatasetFigure {
  return { id, geographyCode, year: 2019 } as DatasetFigure
}

// Order matters: the result keeps it.
const figures = [
  figure('a', 'MEX'),
  figure('b', 'CARICOM'),
  figure('c', 'JAM'),
  figure('d', 'RCM'),
  figure('e', '001'),
  figure('f', 'MEX'),
  figure('g', 'XXX'),
]
const index = { geographies: new Map(geographies.map((g) => [g.code, g])) } as DatasetIndex

type Row = [string, string[], string[]]
describe('matchFiguresToSelection', () => {
  it.each<Row>([
    [
      'an empty selection matches every figure as its own',
      [],
      ['a:own', 'b:own', 'c:own', 'd:own', 'e:own', 'f:own', 'g:own'],
    ],
    [
      'a country: its figures, then regions and the world covering it',
      ['MEX'],
      ['a:own', 'd:MEX', 'e:MEX', 'f:own'],
    ],
    [
      'two countries: each aggregate lists the selected countries it covers',
      ['JAM', 'PAN'],
      ['b:JAM', 'c:own', 'd:PAN', 'e:JAM+PAN'],
    ],
    ['a region: its own figures only (a region covers no region)', ['RCM'], ['d:own']],
    ['a region and one of its members', ['RCM', 'MEX'], ['a:own', 'd:own', 'e:MEX', 'f:own']],
    ['a code the data does not have', ['XXX'], ['g:own']],
  ])('%s', (_name, selection, expected) => {
    const matches = matchFiguresToSelection(index, figures, selection)
    expect(
      matches.map(
        (m) => `${m.figure.id}:${m.kind === 'own' ? 'own' : m.coveredSelection.join('+')}`,
      ),
    ).toEqual(expected)
  })

  it('returns the figures themselves, not copies', () => {
    expect(matchFiguresToSelection(index, figures, ['MEX'])[0]!.figure).toBe(figures[0])
  })
})
