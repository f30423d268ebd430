// The time axis of a line chart: ticks on the middle of each calendar year (where a calendar-year
// figure is drawn), thinned to a round step so labels never collide.
import { estimateTextWidth } from '@/features/charts/model/chart-layout'

const STEPS = [1, 2, 5, 10, 20, 50]

/** Years to label between timeMin and timeMax (fractional years), each at its middle. */
export function timeTicks(
  timeMin: number,
  timeMax: number,
  plotWidth: number,
  fontSize = 12,
): number[] {
  const first = Math.ceil(timeMin - 0.5)
  const last = Math.floor(timeMax - 0.5)
  if (last < first) return [Math.floor(timeMin)]
  const count = last - first + 1
  const room = estimateTextWidth('0000', fontSize) + 10
  const step =
    STEPS.find((s) => Math.ceil(count / s) * room <= plotWidth) ?? STEPS[STEPS.length - 1]!
  const ticks: number[] = []
  for (let year = last; year >= first; year -= step) ticks.unshift(year)
  return ticks
}

export interface EndLabel {
  key: string
  text: string
  colour: string
  /** Where the line ends (px) and where the label is set, after moving labels apart. */
  y: number
}

/** Moves labels apart to at least `spacing` px, keeping their order, within [top, bottom]. */
export function spreadLabels(
  labels: EndLabel[],
  spacing: number,
  top: number,
  bottom: number,
): EndLabel[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y).map((l) => ({ ...l }))
  for (let i = 1; i < sorted.length; i++)
    sorted[i]!.y = Math.max(sorted[i]!.y, sorted[i - 1]!.y + spacing)
  const overflow = (sorted[sorted.length - 1]?.y ?? 0) - bottom
  if (overflow > 0) {
    sorted[sorted.length - 1]!.y -= overflow
    for (let i = sorted.length - 2; i >= 0; i--)
      sorted[i]!.y = Math.min(sorted[i]!.y, sorted[i + 1]!.y - spacing)
  }
  for (const l of sorted) l.y = Math.max(top, l.y)
  return sorted
}
