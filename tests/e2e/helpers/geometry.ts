// The drawn geometry of estimate marks, read from the SVG itself (the page's chart or an exported
// file), and the rules every chart type must keep: a point's mark ends at its value; a range's
// band spans low to high with nothing drawn at its midpoint; a lower bound's mark reaches its
// value, stays open beyond it (no closing edge) and is labelled "at least".
import { expect, type Page } from '@playwright/test'

export type EstimateKind = 'point' | 'lower-bound' | 'range'

/** One mark as drawn: its kind, its text, and the x positions of what it draws (SVG user units). */
export interface DrawnMark {
  kind: EstimateKind
  text: string
  /** Solid or translucent rectangles: left edge and right edge. */
  rects: { left: number; right: number; fill: string }[]
  /** x of every vertical line (end marks, ticks). */
  verticals: number[]
  /** Paths (arrows) and circles (dots), by the x range they cover. */
  shapes: { left: number; right: number }[]
  /** The values the mark carries when it says them (data-value, data-low, data-high). */
  data: { value?: number; low?: number; high?: number }
}

/**
 * Reads the marks under `root`: elements with data-kind, or the bar chart's g.estimate--<kind>.
 * Runs in the page; `svgText` is parsed when given (an exported file), else the live page is read.
 */
export async function readMarks(page: Page, rootSelector: string, svgText?: string): Promise<DrawnMark[]> {
  return page.evaluate(
    ({ rootSelector, svgText }) => {
      const doc = svgText ? new DOMParser().parseFromString(svgText, 'image/svg+xml') : document
      const root = doc.querySelector(rootSelector)
      if (!root) throw new Error(`no ${rootSelector}`)
      const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 'NaN')
      const marks = [...root.querySelectorAll('[data-kind], g.estimate')].filter((el) => !el.parentElement?.closest('[data-kind], g.estimate'))
      return marks.map((g) => {
        const kind = (g.getAttribute('data-kind') ?? [...g.classList].find((c) => c.startsWith('estimate--'))!.slice('estimate--'.length)) as EstimateKind
        const parts = [g, ...g.querySelectorAll('*')]
        const rects = parts.filter((el) => el.tagName === 'rect').map((r) => ({ left: num(r, 'x'), right: num(r, 'x') + num(r, 'width'), fill: r.getAttribute('fill') ?? '' }))
        const verticals = parts.filter((el) => el.tagName === 'line' && el.getAttribute('x1') === el.getAttribute('x2')).map((l) => num(l, 'x1'))
        const shapes = parts
          .filter((el) => el.tagName === 'path' || el.tagName === 'circle')
          .map((el) => {
            if (el.tagName === 'circle') return { left: num(el, 'cx') - num(el, 'r'), right: num(el, 'cx') + num(el, 'r') }
            const xs = [...(el.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,]/g)].map((m) => Number(m[1]))
            return { left: Math.min(...xs), right: Math.max(...xs) }
          })
        const data = Object.fromEntries(
          (['value', 'low', 'high'] as const).flatMap((k) => (g.hasAttribute(`data-${k}`) ? [[k, Number(g.getAttribute(`data-${k}`))]] : [])),
        )
        return { kind, text: (g.textContent ?? '').replace(/\s+/g, ' ').trim(), rects, verticals, shapes, data }
      })
    },
    { rootSelector, svgText },
  )
}

/** What a mark stands for: the figure's values, as the test's own fixture states them. */
export type Expected = { kind: 'point' | 'lower-bound'; value: number } | { kind: 'range'; low: number; high: number }

const TOLERANCE = 1.5 // px: rounding of positions and half a stroke

/**
 * Checks each mark against its figure. `x(value)` is where a value lies on the axis; it is read
 * from the drawing itself (the point marks, which start at zero), so the check needs no knowledge
 * of the chart's scale, only that it is linear from zero.
 */
export function expectDrawnAsEstimates(marks: DrawnMark[], expected: Record<string, Expected>): void {
  const byName = Object.entries(expected).map(([name, figure]) => {
    const mark = marks.find((m) => m.text.includes(name))
    expect(mark, `a mark labelled ${name}`).toBeDefined()
    return { name, figure, mark: mark! }
  })
  // The axis, from the point marks: their solid bar runs from x(0) to x(value).
  const points = byName.filter((b) => b.figure.kind === 'point')
  expect(points.length, 'the fixture has a point figure to read the axis from').toBeGreaterThan(0)
  const zero = points[0]!.mark.rects[0]!.left
  const first = points[0]!
  const perUnit = (first.mark.rects[0]!.right - zero) / (first.figure as { value: number }).value
  const x = (value: number) => zero + value * perUnit

  for (const { name, figure, mark } of byName) {
    const where = `${name} (${figure.kind})`
    expect(mark.kind, where).toBe(figure.kind)
    if (figure.kind === 'point') {
      expect(mark.rects, `${where}: one solid bar`).toHaveLength(1)
      expect(mark.rects[0]!.left, `${where}: starts at zero`).toBeCloseTo(zero, 0)
      expect(Math.abs(mark.rects[0]!.right - x(figure.value)), `${where}: ends at its value`).toBeLessThanOrEqual(TOLERANCE)
      expect(mark.text, `${where}: not labelled as a bound`).not.toMatch(/at least|al menos/)
    }
    if (figure.kind === 'lower-bound') {
      const end = x(figure.value)
      const solid = mark.rects.filter((r) => !r.fill.startsWith('url('))
      expect(solid.some((r) => Math.abs(r.right - end) <= TOLERANCE), `${where}: a solid part reaches its value`).toBe(true)
      // Open beyond the value: something carries on past it (the fade, the arrow), and no
      // vertical edge closes it anywhere past the value.
      const past = [...mark.rects.map((r) => r.right), ...mark.shapes.map((s) => s.right)]
      expect(Math.max(...past), `${where}: carries on beyond its value`).toBeGreaterThan(end + 10)
      expect(mark.verticals.filter((v) => v > end + TOLERANCE), `${where}: no closing edge beyond its value`).toEqual([])
      expect(solid.every((r) => r.right <= end + TOLERANCE), `${where}: no solid bar beyond its value`).toBe(true)
      expect(mark.text, `${where}: labelled "at least"`).toMatch(/at least|al menos/)
    }
    if (figure.kind === 'range') {
      const [low, high, mid] = [x(figure.low), x(figure.high), x((figure.low + figure.high) / 2)]
      const band = mark.rects.find((r) => Math.abs(r.left - low) <= TOLERANCE && Math.abs(r.right - high) <= TOLERANCE)
      expect(band, `${where}: a band from low to high`).toBeDefined()
      // Nothing marks the midpoint: no line there, no dot or arrow over it, no second bar reaching it.
      const near = (v: number) => Math.abs(v - mid) <= 3
      const covers = (p: { left: number; right: number }) => p.left - 3 <= mid && mid <= p.right + 3
      const atMidpoint = [
        ...mark.verticals.filter(near).map((v) => `line at ${v}`),
        ...mark.shapes.filter(covers).map((p) => `shape over ${p.left}-${p.right}`),
        ...mark.rects.filter((r) => r !== band && covers(r)).map((r) => `bar over ${r.left}-${r.right}`),
      ]
      expect(atMidpoint, `${where}: nothing drawn at the midpoint (${mid})`).toEqual([])
      expect(mark.text, `${where}: not labelled "at least"`).not.toMatch(/at least|al menos/)
    }
    for (const [key, value] of Object.entries(mark.data)) {
      const stated = figure.kind === 'range' ? { low: figure.low, high: figure.high } : { value: figure.value }
      expect(value, `${where}: data-${key}`).toBe(stated[key as keyof typeof stated])
    }
  }
}
