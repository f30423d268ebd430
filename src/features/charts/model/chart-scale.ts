// The value axis: always from zero (bars are lengths), ending on a round number.

export interface ValueScale {
  /** Upper end of the axis, a round number at or above every drawn value. */
  max: number
  /** Tick values from 0 to max in equal round steps. */
  ticks: number[]
}

const STEPS = [1, 2, 2.5, 5, 10]

/** A zero-based axis with about `targetTicks` round steps covering `maxValue`. */
export function niceScale(maxValue: number, targetTicks = 4): ValueScale {
  if (!Number.isFinite(maxValue) || maxValue <= 0) return { max: 1, ticks: [0, 1] }
  const raw = maxValue / Math.max(1, targetTicks)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = (STEPS.find((m) => m * magnitude >= raw) ?? 10) * magnitude
  const count = Math.ceil(maxValue / step - 1e-9)
  // Multiplying (not adding) keeps 0.1-type steps free of floating-point drift.
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)))
  return { max: ticks[ticks.length - 1] ?? step, ticks }
}
