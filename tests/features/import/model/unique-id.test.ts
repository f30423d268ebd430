// Made ids: the base while it is free, then base-2, base-3, … skipping any taken meanwhile.
import { describe, expect, it } from 'vitest'
import { uniqueId } from '@/features/import/model/resolve-records'

describe('uniqueId', () => {
  it('gives the base, then the lowest free number from 2, and takes what it gives', () => {
    const taken = new Set(['other'])
    expect([1, 2, 3].map(() => uniqueId('x', taken))).toEqual(['x', 'x-2', 'x-3'])
    expect([...taken]).toEqual(['other', 'x', 'x-2', 'x-3'])
  })

  it('skips ids taken by others in between, and numbers the file itself gave', () => {
    const taken = new Set(['x', 'x-2', 'x-4'])
    expect(uniqueId('x', taken)).toBe('x-3')
    taken.add('x-5') // an id read from the file
    expect(uniqueId('x', taken)).toBe('x-6')
    expect(uniqueId('y', taken)).toBe('y')
  })

  it('numbers each set of taken ids on its own', () => {
    const first = new Set<string>()
    const second = new Set<string>()
    expect([uniqueId('x', first), uniqueId('x', first)]).toEqual(['x', 'x-2'])
    expect([uniqueId('x', second), uniqueId('x', second)]).toEqual(['x', 'x-2'])
  })

  it('gives 20,000 repeats of one base 20,000 different ids, numbered in order', () => {
    const taken = new Set<string>()
    const ids = Array.from({ length: 20_000 }, () => uniqueId('jam-2016', taken))
    expect(new Set(ids).size).toBe(20_000)
    expect(ids.at(-1)).toBe('jam-2016-20000')
  })
})
