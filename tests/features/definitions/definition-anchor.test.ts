import { describe, expect, it } from 'vitest'
import { defaultViewParams } from '@/lib/routing/view-params'
import {
  definitionHref,
  definitionIdFromHash,
} from '@/features/definitions/model/definition-anchor'

describe('definitionHref', () => {
  it.each([
    ['from the default view', {}, 'lower-bound', '/definitions#definition-lower-bound'],
    ['keeping the language', { lang: 'es' as const }, 'range', '/es/definitions#definition-range'],
    [
      'keeping filters, dropping the indicator',
      {
        view: 'indicator' as const,
        indicator: 'migrants-smuggled',
        places: ['JAM', 'BRB'],
        years: { from: 2016, to: 2018 },
        tab: 'table' as const,
      },
      'coverage',
      '/definitions?country=JAM~BRB&time=2016..2018&tab=table#definition-coverage',
    ],
  ])('links %s', (_case, patch, id, expected) => {
    expect(definitionHref({ ...defaultViewParams, ...patch }, id)).toBe(expected)
  })
})

describe('definitionIdFromHash', () => {
  it.each([
    ['#definition-migrant-smuggling', 'migrant-smuggling'],
    ['definition-range', 'range'],
    ['#document-iom', null],
    ['#definition-', null],
    ['#definition-Bad_Id', null],
    ['#definition-%E0%A4%A', null],
    ['', null],
  ])('reads %j as %j', (hash, expected) => {
    expect(definitionIdFromHash(hash)).toBe(expected)
  })
})
