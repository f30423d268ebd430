import { beforeEach, describe, expect, it } from 'vitest'
import {
  FILTER_MEMORY_KEY,
  FILTER_MEMORY_QUARANTINE_KEY,
  useFilterMemory,
} from '@/features/filters/stores/filter-memory-store'

function reload() {
  void useFilterMemory.persist.rehydrate()
  return useFilterMemory.getState()
}

describe('the remembered filter in localStorage', () => {
  beforeEach(() => {
    window.localStorage.clear()
    reload()
  })

  it('writes a choice and reads it back on the next visit', () => {
    useFilterMemory.getState().remember({ places: ['JAM'], years: { from: 2018, to: 2018 } })
    expect(JSON.parse(window.localStorage.getItem(FILTER_MEMORY_KEY)!)).toEqual({
      state: { remembered: { places: ['JAM'], years: { from: 2018, to: 2018 } } },
      version: 1,
    })
    useFilterMemory.setState({ remembered: null })
    window.localStorage.setItem(
      FILTER_MEMORY_KEY,
      JSON.stringify({ state: { remembered: { places: ['BRB'], years: null } }, version: 1 }),
    )
    expect(reload()).toMatchObject({
      remembered: { places: ['BRB'], years: null },
      discarded: false,
    })
  })

  it.each([
    ['not JSON', '{"state": {"remembered"'],
    [
      'JSON of the wrong shape',
      JSON.stringify({ state: { remembered: { places: 'JAM' } }, version: 1 }),
    ],
    [
      'another version of the wrong shape',
      JSON.stringify({ state: { filters: ['JAM'] }, version: 7 }),
    ],
  ])('sets aside saved state that is %s, and says so', (_label, raw) => {
    window.localStorage.setItem(FILTER_MEMORY_KEY, raw)
    expect(reload()).toMatchObject({ remembered: null, discarded: true })
    expect(window.localStorage.getItem(FILTER_MEMORY_QUARANTINE_KEY)).toBe(raw)
    const left = window.localStorage.getItem(FILTER_MEMORY_KEY)
    expect(left === null || JSON.parse(left).state.remembered === null).toBe(true)
  })

  it('forgets the last visit’s memory when storage is empty', () => {
    useFilterMemory.getState().remember({ places: ['JAM'], years: null })
    window.localStorage.clear()
    expect(reload().remembered).toBeNull()
  })
})
