// The comparability guard: a note for each way the figures of one chart differ.
import { describe as group, expect, it } from 'vitest'
import { checkComparability } from '@/features/charts/model/comparability'
import { describe, invented } from './descriptions'
import { tEn, tEs } from '../filters/built-in-index'

const point = (value: number) => ({ kind: 'point' as const, value })

group('checkComparability', () => {
  it('says nothing about figures that compare', () => {
    expect(
      checkComparability(
        [invented('JAM', 2020, point(5)), invented('HTI', 2020, point(9))],
        'en',
        tEn,
      ),
    ).toEqual([])
  })

  it.each([
    [
      'coverage',
      [
        invented('JAM', 2020, point(5)),
        invented('HTI', 2020, point(9), { coverage: 'Airport only.' }),
      ],
      ['coverage'],
    ],
    [
      'source',
      [invented('JAM', 2020, point(5)), invented('JAM', 2021, point(9), { producer: 'A survey' })],
      ['source'],
    ],
    [
      'estimate kind',
      [invented('JAM', 2020, point(5)), invented('HTI', 2020, { kind: 'lower-bound', value: 9 })],
      ['estimate-kind'],
    ],
    [
      'unit',
      [invented('JAM', 2020, point(5)), invented('HTI', 2020, point(9), { unit: 'persons' })],
      ['unit'],
    ],
  ] as const)('notes a difference in %s', (_, descriptions, kinds) => {
    expect(checkComparability([...descriptions], 'en', tEn).map((n) => n.kind)).toEqual(kinds)
  })

  it('writes the notes in plain words, in both languages', () => {
    const mixed = [
      describe('migrants-smuggled-world-2016'),
      describe('smuggling-profits-world-2016'),
    ]
    expect(checkComparability(mixed, 'en', tEn).map((n) => n.text)).toEqual([
      'This indicator’s figures are counted in people and US dollars. Each unit is drawn in its own panel, on its own scale: sizes in different panels cannot be compared.',
      'The figures mix kinds of estimate (lower bounds and ranges): a lower bound is not a total and a range has no central value; each is drawn as its kind.',
    ])
    const mixedEs = [
      describe('migrants-smuggled-world-2016', 'es'),
      describe('smuggling-profits-world-2016', 'es'),
    ]
    expect(checkComparability(mixedEs, 'es', tEs)[0]!.text).toMatch(
      /^Las cifras de este indicador se cuentan en personas y dólares estadounidenses\. Cada unidad se dibuja en su propio panel/,
    )
  })
})
