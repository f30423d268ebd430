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
  /** The mark's own name for itself, where it gives one (data-place and data-period). */
  name: string
  /** Every line, and every marker (circle, path, small rect) by its box: for charts whose value axis is vertical. */
  lines: { x1: number; y1: number; x2: number; y2: number }[]
  boxes: {
    kind: string
    left: number
    right: number
    top: number
    bottom: number
    closed: boolean
  }[]
}

/**
 * Reads the marks under `root`: elements with data-kind, or the bar chart's g.estimate--<kind>.
 * Runs in the page; `svgText` is parsed when given (an exported file), else the live page is read.
 */
export async function readMarks(
  page: Page,
  rootSelector: string,
  svgText?: string,
): Promise<DrawnMark[]> {
  return page.evaluate(
    ({ rootSelector, svgText }) => {
      const doc = svgText ? new DOMParser().parseFromString(svgText, 'image/svg+xml') : document
      const root = doc.querySelector(rootSelector)
      if (!root) throw new Error(`no ${rootSelector}`)
      const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 'NaN')
      const marks = [...root.querySelectorAll('[data-kind], g.estimate')].filter(
        (el) => !el.parentElement?.closest('[data-kind], g.estimate'),
      )
      return marks.map((g) => {
        const kind = (g.getAttribute('data-kind') ??
          [...g.classList]
            .find((c) => c.startsWith('estimate--'))!
            .slice('estimate--'.length)) as EstimateKind
        const parts = [g, ...g.querySelectorAll('*')]
        const rects = parts
          .filter((el) => el.tagName === 'rect')
          .map((r) => ({
            left: num(r, 'x'),
            right: num(r, 'x') + num(r, 'width'),
            fill: r.getAttribute('fill') ?? '',
          }))
        const verticals = parts
          .filter((el) => el.tagName === 'line' && el.getAttribute('x1') === el.getAttribute('x2'))
          .map((l) => num(l, 'x1'))
        const shapes = parts
          .filter((el) => el.tagName === 'path' || el.tagName === 'circle')
          .map((el) => {
            if (el.tagName === 'circle')
              return { left: num(el, 'cx') - num(el, 'r'), right: num(el, 'cx') + num(el, 'r') }
            const xs = [...(el.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,]/g)].map(
              (m) => Number(m[1]),
            )
            return { left: Math.min(...xs), right: Math.max(...xs) }
          })
        const data = Object.fromEntries(
          (['value', 'low', 'high'] as const).flatMap((k) =>
            g.hasAttribute(`data-${k}`) ? [[k, Number(g.getAttribute(`data-${k}`))]] : [],
          ),
        )
        const lines = parts
          .filter((el) => el.tagName === 'line')
          .map((l) => ({ x1: num(l, 'x1'), y1: num(l, 'y1'), x2: num(l, 'x2'), y2: num(l, 'y2') }))
        const boxes = parts
          .filter(
            (el) =>
              ['circle', 'path', 'rect'].includes(el.tagName) &&
              !el.classList.contains('chart-focus-ring'),
          )
          .map((el) => {
            if (el.tagName === 'circle') {
              const [cx, cy, r] = [num(el, 'cx'), num(el, 'cy'), num(el, 'r')]
              return {
                kind: 'circle',
                left: cx - r,
                right: cx + r,
                top: cy - r,
                bottom: cy + r,
                closed: true,
              }
            }
            if (el.tagName === 'rect')
              return {
                kind: 'rect',
                left: num(el, 'x'),
                right: num(el, 'x') + num(el, 'width'),
                top: num(el, 'y'),
                bottom: num(el, 'y') + num(el, 'height'),
                closed: true,
              }
            const d = el.getAttribute('d') ?? ''
            const pairs = [...d.matchAll(/(-?[\d.]+)[ ,]+(-?[\d.]+)/g)].map(
              (m) => [Number(m[1]), Number(m[2])] as const,
            )
            const xs = pairs.map((q) => q[0])
            const ys = pairs.map((q) => q[1])
            return {
              kind: 'path',
              left: Math.min(...xs),
              right: Math.max(...xs),
              top: Math.min(...ys),
              bottom: Math.max(...ys),
              closed: /z\s*$/i.test(d.trim()),
            }
          })
        const name = [g.getAttribute('data-place'), g.getAttribute('data-period')]
          .filter(Boolean)
          .join(' ')
        return {
          kind,
          text: (g.textContent ?? '').replace(/\s+/g, ' ').trim(),
          rects,
          verticals,
          shapes,
          data,
          name,
          lines,
          boxes,
        }
      })
    },
    { rootSelector, svgText },
  )
}

/** What a mark stands for: the figure's values, as the test's own fixture states them. */
export type Expected =
  { kind: 'point' | 'lower-bound'; value: number } | { kind: 'range'; low: number; high: number }

const TOLERANCE = 1.5 // px: rounding of positions and half a stroke

function markFor(marks: DrawnMark[], name: string): DrawnMark {
  // "Jamaica 2017": a mark whose data-place names Jamaica (the label may add "imported") and whose period is 2017.
  const cut = name.lastIndexOf(' ')
  const [place, period] = [name.slice(0, cut), name.slice(cut + 1)]
  const mark = marks.find(
    (m) => m.text.includes(name) || (m.name.startsWith(place) && m.name.endsWith(` ${period}`)),
  )
  expect(
    mark,
    `a mark for ${name} among: ${marks.map((m) => m.name || m.text).join('; ')}`,
  ).toBeDefined()
  return mark!
}

/**
 * Checks each mark against its figure. `x(value)` is where a value lies on the axis; it is read
 * from the drawing itself (the point marks, which start at zero), so the check needs no knowledge
 * of the chart's scale, only that it is linear from zero.
 */
export function expectDrawnAsEstimates(
  marks: DrawnMark[],
  expected: Record<string, Expected>,
): void {
  const byName = Object.entries(expected).map(([name, figure]) => {
    return { name, figure, mark: markFor(marks, name) }
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
      expect(
        Math.abs(mark.rects[0]!.right - x(figure.value)),
        `${where}: ends at its value`,
      ).toBeLessThanOrEqual(TOLERANCE)
      expect(mark.text, `${where}: not labelled as a bound`).not.toMatch(/at least|al menos/)
    }
    if (figure.kind === 'lower-bound') {
      const end = x(figure.value)
      const solid = mark.rects.filter((r) => !r.fill.startsWith('url('))
      expect(
        solid.some((r) => Math.abs(r.right - end) <= TOLERANCE),
        `${where}: a solid part reaches its value`,
      ).toBe(true)
      // Open beyond the value: something carries on past it (the fade, the arrow), and no
      // vertical edge closes it anywhere past the value.
      const past = [...mark.rects.map((r) => r.right), ...mark.shapes.map((s) => s.right)]
      expect(Math.max(...past), `${where}: carries on beyond its value`).toBeGreaterThan(end + 10)
      expect(
        mark.verticals.filter((v) => v > end + TOLERANCE),
        `${where}: no closing edge beyond its value`,
      ).toEqual([])
      expect(
        solid.every((r) => r.right <= end + TOLERANCE),
        `${where}: no solid bar beyond its value`,
      ).toBe(true)
      expect(mark.text, `${where}: labelled "at least"`).toMatch(/at least|al menos/)
    }
    if (figure.kind === 'range') {
      const [low, high, mid] = [x(figure.low), x(figure.high), x((figure.low + figure.high) / 2)]
      const band = mark.rects.find(
        (r) => Math.abs(r.left - low) <= TOLERANCE && Math.abs(r.right - high) <= TOLERANCE,
      )
      expect(band, `${where}: a band from low to high`).toBeDefined()
      // Nothing marks the midpoint: no line there, no dot or arrow over it, no second bar reaching it.
      const near = (v: number) => Math.abs(v - mid) <= 3
      const covers = (p: { left: number; right: number }) => p.left - 3 <= mid && mid <= p.right + 3
      const atMidpoint = [
        ...mark.verticals.filter(near).map((v) => `line at ${v}`),
        ...mark.shapes.filter(covers).map((p) => `shape over ${p.left}-${p.right}`),
        ...mark.rects
          .filter((r) => r !== band && covers(r))
          .map((r) => `bar over ${r.left}-${r.right}`),
      ]
      expect(atMidpoint, `${where}: nothing drawn at the midpoint (${mid})`).toEqual([])
      expect(mark.text, `${where}: not labelled "at least"`).not.toMatch(/at least|al menos/)
    }
    for (const [key, value] of Object.entries(mark.data)) {
      const stated =
        figure.kind === 'range' ? { low: figure.low, high: figure.high } : { value: figure.value }
      expect(value, `${where}: data-${key}`).toBe(stated[key as keyof typeof stated])
    }
  }
}

/**
 * The same rules for a chart whose value axis is vertical (the line chart): a point's marker sits
 * at its value; a range is an interval from low to high with nothing on its midpoint; a lower
 * bound's marker sits at its value with a stem going up that ends open (no cap), and says "at
 * least". Marks are found by their name ("Jamaica 2019", from data-place and data-period); `y(value)`
 * is read from two point marks, so the axis need not start at zero.
 */
export function expectDrawnAsEstimatesUpright(
  marks: DrawnMark[],
  expected: Record<string, Expected>,
): void {
  const byName = Object.entries(expected).map(([name, figure]) => ({
    name,
    figure,
    mark: markFor(marks, name),
  }))
  const centre = (m: DrawnMark) => {
    const marker = m.boxes.find((b) => b.closed) ?? m.boxes[0]!
    return { x: (marker.left + marker.right) / 2, y: (marker.top + marker.bottom) / 2 }
  }
  const points = byName.filter((b) => b.figure.kind === 'point') as {
    name: string
    figure: { value: number }
    mark: DrawnMark
  }[]
  expect(
    points.length,
    'two point figures of different values to read the axis from',
  ).toBeGreaterThanOrEqual(2)
  const [a, b] = [points[0]!, points.find((p) => p.figure.value !== points[0]!.figure.value)!]
  const perUnit = (centre(b.mark).y - centre(a.mark).y) / (b.figure.value - a.figure.value)
  expect(perUnit, 'larger values are drawn higher').toBeLessThan(0)
  const y = (value: number) => centre(a.mark).y + (value - a.figure.value) * perUnit

  for (const { name, figure, mark } of byName) {
    const where = `${name} (${figure.kind})`
    expect(mark.kind, where).toBe(figure.kind)
    if (figure.kind === 'point') {
      expect(
        Math.abs(centre(mark).y - y(figure.value)),
        `${where}: its marker sits at its value`,
      ).toBeLessThanOrEqual(TOLERANCE)
      expect(mark.text, `${where}: not labelled as a bound`).not.toMatch(/at least|al menos/)
    }
    if (figure.kind === 'lower-bound') {
      const at = y(figure.value)
      expect(
        Math.abs(centre(mark).y - at),
        `${where}: its marker sits at its value`,
      ).toBeLessThanOrEqual(TOLERANCE)
      const top = Math.min(
        ...mark.lines.flatMap((l) => [l.y1, l.y2]),
        ...mark.boxes.map((q) => q.top),
      )
      expect(top, `${where}: goes on above its value`).toBeLessThan(at - 10)
      const caps = mark.lines.filter(
        (l) => Math.abs(l.y1 - l.y2) < 0.5 && Math.abs(l.y1 - top) <= TOLERANCE,
      )
      expect(caps, `${where}: no cap closes its upper end`).toEqual([])
      expect(
        mark.boxes.filter((q) => q.closed && q.top <= top + TOLERANCE),
        `${where}: nothing closed at its upper end`,
      ).toEqual([])
      expect(mark.text, `${where}: labelled "at least"`).toMatch(/at least|al menos/)
    }
    if (figure.kind === 'range') {
      const [low, high, mid] = [y(figure.low), y(figure.high), y((figure.low + figure.high) / 2)]
      const interval = mark.lines.find(
        (l) =>
          Math.abs(l.x1 - l.x2) < 0.5 &&
          Math.abs(Math.max(l.y1, l.y2) - low) <= TOLERANCE &&
          Math.abs(Math.min(l.y1, l.y2) - high) <= TOLERANCE,
      )
      expect(interval, `${where}: an interval from low to high`).toBeDefined()
      const atMidpoint = [
        ...mark.lines
          .filter(
            (l) =>
              l !== interval && Math.min(l.y1, l.y2) - 3 <= mid && mid <= Math.max(l.y1, l.y2) + 3,
          )
          .map((l) => `line ${JSON.stringify(l)}`),
        ...mark.boxes
          .filter((q) => q.top - 3 <= mid && mid <= q.bottom + 3)
          .map((q) => `${q.kind} over ${q.top}-${q.bottom}`),
      ]
      expect(atMidpoint, `${where}: nothing drawn at the midpoint (${mid})`).toEqual([])
      expect(mark.text, `${where}: not labelled "at least"`).not.toMatch(/at least|al menos/)
    }
    for (const [key, value] of Object.entries(mark.data)) {
      const stated =
        figure.kind === 'range' ? { low: figure.low, high: figure.high } : { value: figure.value }
      expect(value, `${where}: data-${key}`).toBe(stated[key as keyof typeof stated])
    }
  }
}
