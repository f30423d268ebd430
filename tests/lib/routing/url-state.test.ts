import { describe, expect, it } from 'vitest'
import { navigateTo } from '@/lib/routing/url-state'

describe('navigateTo', () => {
  it('adds a history entry and drops the previous page’s hash', () => {
    window.history.replaceState(null, '', '/?view=definitions#definition-range')
    const before = window.history.length
    navigateTo('/?view=sources')
    expect(window.location.search).toBe('?view=sources')
    expect(window.location.hash).toBe('')
    expect(window.history.length).toBe(before + 1)
  })

  it('keeps a hash given for the new address and can replace the entry', () => {
    window.history.replaceState(null, '', '/')
    const before = window.history.length
    navigateTo('/?view=definitions', { hash: '#definition-coverage', replace: true })
    expect(`${window.location.search}${window.location.hash}`).toBe(
      '?view=definitions#definition-coverage',
    )
    expect(window.history.length).toBe(before)
  })
})
