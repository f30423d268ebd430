import { describe, expect, it } from 'vitest'
import { parseStoredFilter, sameFilter } from '@/features/filters/model/remembered-filter'

describe('parseStoredFilter (stored state is outside input)', () => {
  it.each([
    { label: 'nothing saved', value: undefined, expected: { ok: true, remembered: null } },
    {
      label: 'no filter saved',
      value: { remembered: null },
      expected: { ok: true, remembered: null },
    },
    {
      label: 'an empty filter',
      value: { remembered: { places: [], years: null } },
      expected: { ok: true, remembered: null },
    },
    {
      label: 'places and years',
      value: { remembered: { places: ['JAM', 'BRB'], years: { from: 2016, to: 2018 } } },
      expected: {
        ok: true,
        remembered: { places: ['JAM', 'BRB'], years: { from: 2016, to: 2018 } },
      },
    },
    {
      label: 'a lower-case code',
      value: { remembered: { places: ['jam'], years: null } },
      expected: { ok: false },
    },
    {
      label: 'years the wrong way round',
      value: { remembered: { places: [], years: { from: 2018, to: 2016 } } },
      expected: { ok: false },
    },
    {
      label: 'a year that is not a number',
      value: { remembered: { places: [], years: { from: '2016', to: 2016 } } },
      expected: { ok: false },
    },
    { label: 'missing places', value: { remembered: { years: null } }, expected: { ok: false } },
    { label: 'a string', value: 'JAM', expected: { ok: false } },
    {
      label: 'more than 200 places',
      value: { remembered: { places: Array.from({ length: 201 }, () => 'JAM'), years: null } },
      expected: { ok: false },
    },
    {
      label: 'a year out of range',
      value: { remembered: { places: [], years: { from: 1899, to: 2016 } } },
      expected: { ok: false },
    },
    {
      label: 'unreadable JSON (marked by the storage)',
      value: { unreadable: true },
      expected: { ok: false },
    },
  ])('$label', ({ value, expected }) => {
    expect(parseStoredFilter(value)).toEqual(expected)
  })
})

describe('sameFilter', () => {
  it.each([
    { a: null, b: null, expected: true },
    { a: { places: ['JAM'], years: null }, b: null, expected: false },
    {
      a: { places: ['JAM', 'BRB'], years: null },
      b: { places: ['BRB', 'JAM'], years: null },
      expected: true,
    },
    {
      a: { places: ['JAM'], years: { from: 2016, to: 2016 } },
      b: { places: ['JAM'], years: { from: 2016, to: 2018 } },
      expected: false,
    },
  ])('$a vs $b → $expected', ({ a, b, expected }) => {
    expect(sameFilter(a, b)).toBe(expected)
  })
})
