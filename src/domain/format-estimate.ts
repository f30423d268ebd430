// Every number the app shows, exports or cites is written by these functions, so that a lower
// bound always reads "at least" and a range is never collapsed to a point.
import type { Estimate, Figure } from '@/domain/dataset-schema'
import type { Language, Translate } from '@/domain/translate'

const COMPACT_FROM = 1_000_000
const MAX_COMPACT_DIGITS = 3

function intlLocale(lang: Language): string {
  return lang === 'es' ? 'es' : 'en'
}

function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '')
  return digits.length
}

/** True when the compact form ("2.5 million") states the value exactly; compact never rounds here. */
function fitsCompact(values: number[]): boolean {
  return values.every(
    (v) => Math.abs(v) >= COMPACT_FROM && significantDigits(v) <= MAX_COMPACT_DIGITS,
  )
}

// Building an Intl.NumberFormat costs far more than formatting with it (a table of imported
// figures formats hundreds of values per filter change), so there is one per language and style.
const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(lang: Language, compact: boolean): Intl.NumberFormat {
  const key = `${intlLocale(lang)}|${compact}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), {
      maximumFractionDigits: 20,
      ...(compact
        ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 15 }
        : {}),
    })
    numberFormats.set(key, format)
  }
  return format
}

/** A bare number in the locale's style: 4,323 / 4323, 2.5 million / 2,5 millones. */
export function formatNumber(value: number, lang: Language): string {
  return numberFormat(lang, fitsCompact([value])).format(value)
}

/** A low–high pair sharing one magnitude word where the locale allows: "5.5–7 billion". */
export function formatNumberRange(low: number, high: number, lang: Language): string {
  if (low === high) return formatNumber(low, lang)
  return numberFormat(lang, fitsCompact([low, high])).formatRange(low, high)
}

interface UnitOf {
  unit: string
  currency?: string
}

function withCurrency(amount: string, unit: UnitOf, t: Translate): string {
  if (!unit.currency) return amount
  const symbol = t(`currency.${unit.currency}`, { code: unit.currency })
  return t('estimate.money', { amount, symbol })
}

/** The value as a person reads it: "at least 2.5 million", "US$5.5–7 billion", "4,323". */
export function formatEstimate(
  estimate: Estimate,
  unit: UnitOf,
  lang: Language,
  t: Translate,
): string {
  switch (estimate.kind) {
    case 'point':
      return withCurrency(formatNumber(estimate.value, lang), unit, t)
    case 'lower-bound':
      return t('estimate.atLeast', {
        value: withCurrency(formatNumber(estimate.value, lang), unit, t),
      })
    case 'upper-bound':
      return t('estimate.upTo', {
        value: withCurrency(formatNumber(estimate.value, lang), unit, t),
      })
    case 'range':
      return withCurrency(formatNumberRange(estimate.low, estimate.high, lang), unit, t)
  }
}

/** The value followed by its unit for counts: "at least 2.5 million persons". */
export function formatEstimateWithUnit(figure: Figure, lang: Language, t: Translate): string {
  const value = formatEstimate(figure.estimate, figure, lang, t)
  if (figure.currency) return value
  // Spanish joins a magnitude word to its noun with "de" ("2,5 millones de personas").
  const bounds = estimateBounds(figure.estimate)
  const compact = fitsCompact(bounds.high === null ? [bounds.low] : [bounds.low, bounds.high])
  return t(compact ? 'estimate.withUnitAfterMagnitude' : 'estimate.withUnit', {
    value,
    unit: formatUnit(figure.unit, t),
  })
}

/** Unit label; unknown units (from imported files) are shown as written. */
export function formatUnit(unit: string, t: Translate): string {
  const label = t(`unit.${unit}`)
  return label === `unit.${unit}` ? unit : label
}

/** The bounds a chart draws: a point and an upper bound have low = high; a lower bound has no high. */
export function estimateBounds(estimate: Estimate): { low: number; high: number | null } {
  switch (estimate.kind) {
    case 'point':
      return { low: estimate.value, high: estimate.value }
    case 'lower-bound':
      return { low: estimate.value, high: null }
    // An upper bound is drawn and sorted at its value, with its own mark ("up to").
    case 'upper-bound':
      return { low: estimate.value, high: estimate.value }
    case 'range':
      return { low: estimate.low, high: estimate.high }
  }
}

/** Sort key for tables: orders by the low end, then the high end (open-ended last). */
export function compareEstimates(a: Estimate, b: Estimate): number {
  const x = estimateBounds(a)
  const y = estimateBounds(b)
  if (x.low !== y.low) return x.low - y.low
  return (x.high ?? Infinity) - (y.high ?? Infinity)
}
