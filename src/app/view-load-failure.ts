// Why a view failed, for the view's error boundary: its code could not be downloaded, its code
// is gone because the site was deployed again since the page was opened (the chunk's hashed
// name no longer exists), or it stopped with an error while drawing.

/** The address of the script whose download failed, read from the browser's error message. */
export function failedScriptUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error)
  // Chromium: "Failed to fetch dynamically imported module: <url>"; Firefox: "error loading
  // dynamically imported module: <url>". Safari names no address: it gets a retry, not a reload.
  return /(https?:\/\/[^\s'"]+?\.m?js)(?=$|[\s'"?#])/.exec(message)?.[1] ?? null
}

/**
 * True when the server no longer has the script: 404 or 410, or a host that answers every
 * unknown path with the page itself. Then the page is older than the site, and reloading it is
 * the cure; a network failure is not (trying again is).
 */
export async function scriptIsGone(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', cache: 'no-store' })
    if (response.status === 404 || response.status === 410) return true
    return response.ok && (response.headers.get('content-type') ?? '').includes('text/html')
  } catch {
    return false
  }
}

const RELOADED_FOR = 'dashboard:reloaded-for-script'

/**
 * Reloads the page, once per missing script: if the reloaded page still misses it, it is not a
 * stale page, and reloading again would loop. Returns false when it did not reload.
 */
export function reloadOnceFor(url: string): boolean {
  try {
    if (sessionStorage.getItem(RELOADED_FOR) === url) return false
    sessionStorage.setItem(RELOADED_FOR, url)
  } catch {
    return false // no session storage: no way to know whether this page was already reloaded
  }
  window.location.reload()
  return true
}
