// The last filter a person chose, as stored in the browser. Stored state is outside input:
// it is parsed here and anything that does not fit is reported, never trusted.
import type { YearSpan } from '@/lib/routing/view-params'

// Checked by hand rather than with zod: this is the only stored state the first view reads, and
// zod's runtime (about 6 kB gzipped) would otherwise load with every page (scripts/bench-size.ts).
const PLACE = /^[A-Z0-9-]{3,12}$/
const isYear = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1900 && (v as number) <= 2100
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A filter worth remembering: places and/or years. */
export interface RememberedFilter {
  places: string[]
  years: YearSpan | null
}

export type StoredFilterResult = { ok: true; remembered: RememberedFilter | null } | { ok: false }

/** Parses what the persisted store holds (`undefined` when nothing was saved). */
export function parseStoredFilter(value: unknown): StoredFilterResult {
  if (value === undefined) return { ok: true, remembered: null }
  if (!isRecord(value) || !('remembered' in value)) return { ok: false }
  const remembered = readFilter(value.remembered)
  if (remembered === undefined) return { ok: false }
  if (remembered && remembered.places.length === 0 && remembered.years === null)
    return { ok: true, remembered: null }
  return { ok: true, remembered }
}

/** The filter stored, null for none, undefined when it does not fit. */
function readFilter(value: unknown): RememberedFilter | null | undefined {
  if (value === null) return null
  if (!isRecord(value) || !Array.isArray(value.places) || value.places.length > 200)
    return undefined
  if (!value.places.every((p) => typeof p === 'string' && PLACE.test(p))) return undefined
  const years = value.years
  if (years === null) return { places: value.places as string[], years: null }
  if (!isRecord(years) || !isYear(years.from) || !isYear(years.to) || years.from > years.to)
    return undefined
  return { places: value.places as string[], years: { from: years.from, to: years.to } }
}

/** True when two filters select the same places (in any order) and years. */
export function sameFilter(a: RememberedFilter | null, b: RememberedFilter | null): boolean {
  if (a === null || b === null) return a === b
  const placesA = [...a.places].sort().join('~')
  const placesB = [...b.places].sort().join('~')
  return placesA === placesB && a.years?.from === b.years?.from && a.years?.to === b.years?.to
}
