// File names say what and when: indicator, geography, years, variant and the export date,
// e.g. migrants-smuggled_001_2016_2026-11-27.csv. Only [a-z0-9._-], safe on every system.
import type { FigureDescription } from '@/domain/figure-description'
import { slugify } from '@/domain/fold-text'
import { periodYears } from '@/domain/period'

/** More places than this are summarised as "<n>-places" to keep the name short. */
const MAX_PLACES_NAMED = 3

/** The local calendar date as YYYY-MM-DD (the date the person exporting sees on their clock). */
export function isoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function placesSegment(descriptions: FigureDescription[]): string {
  const codes = [...new Set(descriptions.map((d) => d.figure.geographyCode))]
  if (codes.length > MAX_PLACES_NAMED) return `${codes.length}-places`
  return codes.map((code) => slugify(code)).join('-')
}

function yearsSegment(descriptions: FigureDescription[]): string {
  const years = descriptions.flatMap((d) => Object.values(periodYears(d.figure)))
  if (years.length === 0) return ''
  const from = Math.min(...years)
  const to = Math.max(...years)
  return from === to ? String(from) : `${from}-${to}`
}

export interface FileNameParts {
  stem: string
  descriptions: FigureDescription[]
  now: Date
  extension: 'csv' | 'xlsx' | 'svg' | 'png' | 'txt' | 'zip' | 'docx'
  /** Distinguishes two files of one kind, e.g. 'print' for the high-resolution PNG. */
  variant?: string
}

export function exportFileName({
  stem,
  descriptions,
  now,
  extension,
  variant,
}: FileNameParts): string {
  const parts = [
    slugify(stem) || 'figures',
    placesSegment(descriptions),
    yearsSegment(descriptions),
  ]
  if (variant) parts.push(slugify(variant))
  parts.push(isoDay(now))
  return `${parts.filter(Boolean).join('_')}.${extension}`
}
