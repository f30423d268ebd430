// Code and messages that load on first use (code splitting): the first call starts the load,
// every later call shares it, and a failed load is forgotten so that the next call tries again.

export interface LoadOnce<T> {
  (): Promise<T>
  /** The loaded value; undefined until the load has finished. */
  peek(): T | undefined
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loading: Promise<T> | null = null
  let value: T | undefined
  const get = (): Promise<T> => {
    if (!loading) {
      const started = load().then((loaded) => (value = loaded))
      started.catch(() => {
        if (loading === started) loading = null
      })
      loading = started
    }
    return loading
  }
  return Object.assign(get, { peek: () => value })
}
