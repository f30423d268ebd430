// The last filter a person chose, as stored in the browser. Stored state is outside input:
// it is parsed here and anything that does not fit is reported, never trusted.
import * as z from 'zod/mini'
import type { YearSpan } from '@/features/filters/model/view-params'

const placeCode = z.string().check(z.regex(/^[A-Z0-9-]{3,12}$/))
const year = z.number().check(z.int(), z.gte(1900), z.lte(2100))

export const rememberedFilterSchema = z.object({
  places: z.array(placeCode).check(z.maxLength(200)),
  years: z.nullable(z.object({ from: year, to: year }).check(z.refine((s) => s.from <= s.to))),
})

/** A filter worth remembering: places and/or years. */
export interface RememberedFilter {
  places: string[]
  years: YearSpan | null
}

export const storedFilterSchema = z.object({ remembered: z.nullable(rememberedFilterSchema) })

export type StoredFilterResult = { ok: true; remembered: RememberedFilter | null } | { ok: false }

/** Parses what the persisted store holds (`undefined` when nothing was saved). */
export function parseStoredFilter(value: unknown): StoredFilterResult {
  if (value === undefined) return { ok: true, remembered: null }
  const parsed = storedFilterSchema.safeParse(value)
  if (!parsed.success) return { ok: false }
  const remembered = parsed.data.remembered
  if (remembered && remembered.places.length === 0 && remembered.years === null) return { ok: true, remembered: null }
  return { ok: true, remembered }
}

/** True when two filters select the same places (in any order) and years. */
export function sameFilter(a: RememberedFilter | null, b: RememberedFilter | null): boolean {
  if (a === null || b === null) return a === b
  const placesA = [...a.places].sort().join('~')
  const placesB = [...b.places].sort().join('~')
  return placesA === placesB && a.years?.from === b.years?.from && a.years?.to === b.years?.to
}
