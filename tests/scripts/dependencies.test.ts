// The registry here refuses npm audit (HTTP 405), so the two SheetJS advisories that made the
// project leave the `xlsx` package are checked against the lock file directly:
// CVE-2023-30533 (prototype pollution when reading; fixed in 0.19.3) and CVE-2024-22363 (ReDoS;
// fixed in 0.20.2). Neither is fixed under the npm name `xlsx`, whose last release is 0.18.5.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

interface Lock {
  packages: Record<string, { version?: string }>
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock

function sheetJsCopies(): { path: string; version: string }[] {
  return Object.entries(lock.packages)
    .filter(([path]) => /(^|\/)node_modules\/(@[^/]+\/)?xlsx$/.test(path))
    .map(([path, entry]) => ({ path, version: entry.version ?? '' }))
}

const atLeast = (version: string, minimum: number[]) => {
  const parts = version.split('.').map(Number)
  for (let i = 0; i < minimum.length; i++)
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) > minimum[i]!
  return true
}

describe('the spreadsheet library in the lock', () => {
  it('is a SheetJS release with both advisories fixed (0.20.2 or later), never the abandoned `xlsx` package', () => {
    const copies = sheetJsCopies()
    expect(copies.map((c) => c.path)).toEqual(['node_modules/@e965/xlsx'])
    for (const copy of copies)
      expect(atLeast(copy.version, [0, 20, 2]), `${copy.path}@${copy.version}`).toBe(true)
  })
})
