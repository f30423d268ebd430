// The map's classes: a handful of value bands a person can read off the legend, with round
// breaks, rather than a continuous ramp. Pure, so the legend, the marks and the table agree.
import type { Estimate } from '@/domain/dataset-schema'

/** A band of values: from `low` (included) to `high` (excluded, except for the last class). */
export interface MapClass {
  low: number
  high: number
  /** The last class includes its upper end. */
  last: boolean
}

/** Where a figure falls: its class (or zero), and whether its true value may lie outside it. */
export interface Classified {
  /** Index into the classes; -1 for a value of zero (its own key entry, never "no data"). */
  classIndex: number
  /** A lower bound ("at least"), or a range whose high end reaches a higher class. */
  mayBeHigher: boolean
  /** An upper bound ("up to"): the true value may be in a lower class. */
  mayBeLower: boolean
}

const MAX_CLASSES = 5

/** `value` rounded to `digits` significant digits: 1,140 -> 1,000 (1) or 1,100 (2). */
function roundSignificant(value: number, digits: number): number {
  if (value <= 0) return 0
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - digits + 1)
  return Math.round(value / magnitude) * magnitude
}

/** The p-quantile of sorted values, interpolated between neighbours. */
function quantile(sorted: number[], p: number): number {
  const at = (sorted.length - 1) * p
  const below = sorted[Math.floor(at)]!
  const above = sorted[Math.ceil(at)]!
  return below + (above - below) * (at - Math.floor(at))
}

/**
 * Classes for the values a map shows (zeros are keyed apart): up to five, about two values
 * each, split at quantiles rounded to one significant digit (two where one would merge
 * classes), so each class holds some figures and its bounds are round numbers.
 */
export function buildClasses(values: readonly number[]): MapClass[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b)
  const min = sorted[0]
  const max = sorted[sorted.length - 1]
  if (min === undefined || max === undefined) return []
  const wanted = Math.min(MAX_CLASSES, Math.ceil(new Set(sorted).size / 2))
  const breaks: number[] = []
  for (let i = 1; i < wanted; i++) {
    const q = quantile(sorted, i / wanted)
    const previous = breaks[breaks.length - 1] ?? min
    const round =
      [1, 2, 3].map((d) => roundSignificant(q, d)).find((b) => b > previous && b <= max) ?? null
    if (round !== null && round > min) breaks.push(round)
  }
  const bounds = [min, ...breaks, max]
  return bounds.slice(0, -1).map((low, i) => ({
    low,
    high: bounds[i + 1]!,
    last: i === bounds.length - 2,
  }))
}

function classOf(value: number, classes: readonly MapClass[]): number {
  if (value === 0) return -1
  const found = classes.findIndex((c) => value >= c.low && (value < c.high || c.last))
  // Outside every class (cannot happen for the values the classes were built from).
  return found === -1 ? classes.length - 1 : found
}

/**
 * A point value falls in its class. A lower bound is shaded by its value and may be higher, an
 * upper bound by its value and may be lower; a range is shaded by its low end and may be higher
 * when its high end is in another class: a bound or a range is never drawn as if it were a point.
 */
export function classify(estimate: Estimate, classes: readonly MapClass[]): Classified {
  const of = (value: number, mayBeHigher: boolean, mayBeLower: boolean) => ({
    classIndex: classOf(value, classes),
    mayBeHigher,
    mayBeLower,
  })
  switch (estimate.kind) {
    case 'point':
      return of(estimate.value, false, false)
    case 'lower-bound':
      return of(estimate.value, true, false)
    case 'upper-bound':
      return of(estimate.value, false, true)
    case 'range':
      return of(
        estimate.low,
        classOf(estimate.high, classes) !== classOf(estimate.low, classes),
        false,
      )
  }
}

/** The numbers a figure brings to the classes: its value, or both ends of a range. */
export function classValues(estimate: Estimate): number[] {
  return estimate.kind === 'range' ? [estimate.low, estimate.high] : [estimate.value]
}

/**
 * ColorBrewer's YlGnBu, sequential and safe for the common kinds of colour blindness, light to
 * dark, for one to five classes. No data is neutral grey and zero is white: neither is a class.
 */
const schemes: Record<number, string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
}
export const NO_DATA_FILL = '#d9d9d9'
export const ZERO_FILL = '#ffffff'

export function classFill(classIndex: number, classCount: number): string {
  if (classIndex === -1) return ZERO_FILL
  return schemes[classCount]?.[classIndex] ?? NO_DATA_FILL
}
