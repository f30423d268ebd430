import { useEffect, useState } from 'react'
import type { LoadOnce } from '@/lib/load-once'

/**
 * A component's view of a `loadOnce`: loads once `wanted` (at once if already loaded), and says
 * whether the load failed, with the error; `retry` tries a failed load again.
 */
export function useLoaded<T>(
  load: LoadOnce<T>,
  wanted: boolean,
): { value: T | undefined; failed: boolean; error: unknown; retry: () => void } {
  const [value, setValue] = useState(load.peek)
  const [attempt, setAttempt] = useState(0)
  // The attempt that failed: a retry is a new attempt, not failed until it fails too.
  const [failure, setFailure] = useState<{ attempt: number; error: unknown } | null>(null)
  useEffect(() => {
    if (!wanted || value !== undefined) return
    let current = true
    load().then(
      (loaded) => current && setValue(() => loaded),
      (error: unknown) => current && setFailure({ attempt, error }),
    )
    return () => {
      current = false
    }
  }, [load, wanted, value, attempt])
  const failed = failure?.attempt === attempt
  return {
    value,
    failed,
    error: failed ? failure.error : undefined,
    retry: () => setAttempt((n) => n + 1),
  }
}
