import { useEffect, useState } from 'react'
import type { LoadOnce } from '@/lib/load-once'

/**
 * A component's view of a `loadOnce`: loads once `wanted` (at once if already loaded), and says
 * whether the load failed; `retry` tries a failed load again.
 */
export function useLoaded<T>(
  load: LoadOnce<T>,
  wanted: boolean,
): { value: T | undefined; failed: boolean; retry: () => void } {
  const [value, setValue] = useState(load.peek)
  const [attempt, setAttempt] = useState(0)
  // The attempt that failed: a retry is a new attempt, not failed until it fails too.
  const [failedAttempt, setFailedAttempt] = useState(-1)
  useEffect(() => {
    if (!wanted || value !== undefined) return
    let current = true
    load().then(
      (loaded) => current && setValue(() => loaded),
      () => current && setFailedAttempt(attempt),
    )
    return () => {
      current = false
    }
  }, [load, wanted, value, attempt])
  return { value, failed: failedAttempt === attempt, retry: () => setAttempt((n) => n + 1) }
}
