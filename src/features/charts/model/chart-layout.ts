// Fitting a chart to its width: how many axis steps fit without labels colliding, and how the
// labels above each bar wrap. Text is never measured here (no DOM): widths are estimated from
// character counts, generously, so labels err towards wrapping rather than overflowing.
import { niceScale, type ValueScale } from '@/features/charts/model/chart-scale'
import type { ChartRow } from '@/features/charts/model/chart-model'

/** Average glyph width as a share of the font size, for a bold sans-serif (on the safe side). */
const GLYPH = 0.62

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH
}

/** The most axis steps (5 down to 1) whose tick labels fit side by side in `plotWidth`. */
export function fitScale(
  axisMax: number,
  plotWidth: number,
  formatTick: (value: number) => string,
  fontSize = 12,
): ValueScale {
  for (let target = 5; target > 1; target--) {
    const scale = niceScale(axisMax, target)
    const spacing = plotWidth / (scale.ticks.length - 1)
    const widest = Math.max(...scale.ticks.map((v) => estimateTextWidth(formatTick(v), fontSize)))
    // End labels are anchored inwards (start / end), so only neighbours' halves meet in between.
    if (widest + 8 <= spacing) return scale
  }
  return niceScale(axisMax, 1)
}

/** Greedy word wrap to at most `maxChars` per line; a single longer word keeps its own line. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/** Space around the bars' plot, and the axis under it, in px (estimate-chart.tsx, plain-bars.tsx). */
export const CHART_MARGIN = { top: 4, right: 12, bottom: 30, left: 12 }
export const AXIS_HEIGHT = 24
/**
 * The bars' labels wrap at one of two widths: as in the narrowest plot (a 320 px wide screen)
 * below WIDE_PLOT, and at WIDE_PLOT from there on. The chart's height then takes one of two
 * values, which the page prerendered without knowing the screen draws both of and shows by a
 * container query on the same rule (plain-bars.tsx, styles.css): nothing moves when the chart
 * is drawn in the browser.
 */
export const NARROW_WRAP = 250
export const WIDE_PLOT = 520

/** The width the labels of a plot this wide wrap at. */
export function labelWrapWidth(plotWidth: number): number {
  return plotWidth >= WIDE_PLOT ? WIDE_PLOT : NARROW_WRAP
}

/** The bar chart's height in px: its rows, the axis and the margins. */
export function barChartHeight(rows: number, layout: Pick<LabelLayout, 'rowHeight'>): number {
  return rows * layout.rowHeight + AXIS_HEIGHT + CHART_MARGIN.top + CHART_MARGIN.bottom
}

export const PLACE_FONT = 12
export const VALUE_FONT = 14
const PLACE_LINE = 15
const VALUE_LINE = 18
export const BAR_HEIGHT = 20
const GAP_ABOVE_BAR = 6
const ROW_GAP = 18

export interface RowLabels {
  place: string[]
  value: string[]
}

export interface LabelLayout {
  labels: Map<string, RowLabels>
  /** Lines of place and value text every row leaves room for (the most any row needs). */
  placeLines: number
  valueLines: number
  /** Height of the label block above each bar, in px. */
  labelHeight: number
  /** Height of a whole row: labels, bar and the gap to the next row, in px. */
  rowHeight: number
}

export function layoutLabels(rows: ChartRow[], plotWidth: number): LabelLayout {
  const perLine = (font: number) => Math.max(12, Math.floor(plotWidth / (font * GLYPH)))
  const labels = new Map(
    rows.map((r) => [
      r.key,
      {
        place: wrapText(r.placeLabel, perLine(PLACE_FONT)),
        value: wrapText(r.valueLabel, perLine(VALUE_FONT)),
      },
    ]),
  )
  const placeLines = Math.max(1, ...[...labels.values()].map((l) => l.place.length))
  const valueLines = Math.max(1, ...[...labels.values()].map((l) => l.value.length))
  const labelHeight = placeLines * PLACE_LINE + valueLines * VALUE_LINE + GAP_ABOVE_BAR
  return {
    labels,
    placeLines,
    valueLines,
    labelHeight,
    rowHeight: labelHeight + BAR_HEIGHT + ROW_GAP,
  }
}

/** Baselines (px from the row's top) of each label line. */
export function labelBaselines(layout: Pick<LabelLayout, 'placeLines' | 'valueLines'>): {
  place: number[]
  value: number[]
} {
  const place = Array.from({ length: layout.placeLines }, (_, i) => PLACE_FONT + i * PLACE_LINE)
  const valueTop = layout.placeLines * PLACE_LINE
  const value = Array.from(
    { length: layout.valueLines },
    (_, i) => valueTop + VALUE_FONT + 1 + i * VALUE_LINE,
  )
  return { place, value }
}
