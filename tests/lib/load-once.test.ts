import { loadOnce } from '@/lib/load-once'

describe('loadOnce', () => {
  it('loads on the first call only and shares the result', async () => {
    let loads = 0
    const load = loadOnce(async () => ++loads)
    expect(load.peek()).toBeUndefined()
    expect(loads).toBe(0)
    const [a, b] = await Promise.all([load(), load()])
    expect([a, b, await load(), load.peek()]).toEqual([1, 1, 1, 1])
    expect(loads).toBe(1)
  })

  it('forgets a failed load, so the next call tries again', async () => {
    let attempt = 0
    const load = loadOnce(async () => {
      attempt++
      if (attempt === 1) throw new Error('offline')
      return 'chunk'
    })
    await expect(load()).rejects.toThrow('offline')
    expect(load.peek()).toBeUndefined()
    await expect(load()).resolves.toBe('chunk')
    expect(attempt).toBe(2)
  })
})
