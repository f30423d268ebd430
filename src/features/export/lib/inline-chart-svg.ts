// Takes the chart as drawn on screen and makes it stand alone: computed colours, strokes and
// text settings become attributes (CSS variables and stylesheets do not travel with a file),
// and every font becomes the generic sans-serif. The chart is redrawn at the export's width
// for the moment of copying, so its labels keep their on-screen size in the image.
import type { ImageBody } from '@/features/export/model/svg-document'

type ChartBody = Extract<ImageBody, { kind: 'chart' }>

const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
] as const
const TEXT_PROPERTIES = [
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const
const GAP_BETWEEN_CHARTS = 8
/** Frames to wait for the chart to redraw at the export width (about half a second). */
const MAX_FRAMES = 30

/** The drawing surfaces: recharts' or our own <svg> elements, else the largest <svg> in the container. */
export function findChartSvgs(container: HTMLElement): SVGSVGElement[] {
  const surfaces = [
    ...container.querySelectorAll<SVGSVGElement>('svg.recharts-surface, svg.chart-surface'),
  ]
  if (surfaces.length > 0) return surfaces
  let best: SVGSVGElement | null = null
  let bestArea = 0
  for (const svg of container.querySelectorAll<SVGSVGElement>('svg')) {
    const { width, height } = svg.getBoundingClientRect()
    if (width * height > bestArea) {
      best = svg
      bestArea = width * height
    }
  }
  return best ? [best] : []
}

/** `url("http://…/#fade")` as computed becomes `url(#fade)`, which every SVG reader resolves. */
function normalisePaint(value: string): string {
  const reference = /url\(\s*["']?[^#"')]*#([^"')]+)["']?\s*\)/.exec(value)
  return reference ? `url(#${reference[1]})` : value
}

function inlineStyles(original: Element, clone: Element): void {
  const style = getComputedStyle(original)
  const isText = original instanceof SVGTextElement || original instanceof SVGTSpanElement
  for (const property of [...PAINT_PROPERTIES, ...(isText ? TEXT_PROPERTIES : [])]) {
    const value = style.getPropertyValue(property)
    if (value) clone.setAttribute(property, normalisePaint(value))
  }
  if (isText) clone.setAttribute('font-family', 'sans-serif')
  clone.removeAttribute('style')
  clone.removeAttribute('tabindex')
}

function serializeSurface(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect()
  const clone = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const clones = [clone, ...clone.querySelectorAll('*')]
  originals.forEach((original, i) => {
    const copy = clones[i]
    if (copy) inlineStyles(original, copy)
  })
  // The keyboard focus ring is the screen's state, not part of the figure.
  for (const ring of clone.querySelectorAll('.chart-focus-ring')) ring.remove()
  const serializer = new XMLSerializer()
  const markup = [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('')
  const viewBox = svg.viewBox.baseVal
  const hasViewBox = viewBox !== null && viewBox.width > 0 && viewBox.height > 0
  return {
    markup,
    width: Math.round(hasViewBox ? viewBox.width : width),
    height: Math.round(hasViewBox ? viewBox.height : height),
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/** Waits until the charts have redrawn at the new width and stopped changing. */
async function settle(container: HTMLElement, before: number): Promise<void> {
  let last = before
  for (let frame = 0; frame < MAX_FRAMES; frame++) {
    await nextFrame()
    const now = findChartSvgs(container)[0]?.getBoundingClientRect().width ?? 0
    if (now !== before && now === last) return
    last = now
  }
}

/** Runs `copy` while the container is `width` px wide, then gives the page its layout back. */
async function atWidth<T>(container: HTMLElement, width: number, copy: () => T): Promise<T> {
  const before = findChartSvgs(container)[0]?.getBoundingClientRect().width ?? 0
  if (Math.abs(before - width) < 1) return copy()
  const { width: oldWidth, maxWidth: oldMaxWidth } = container.style
  container.style.width = `${width}px`
  container.style.maxWidth = 'none'
  try {
    await settle(container, before)
    return copy()
  } finally {
    container.style.width = oldWidth
    container.style.maxWidth = oldMaxWidth
  }
}

/**
 * The charts in `container` as one self-contained drawing (stacked when there are several, one
 * per unit), or null when none is drawn.
 */
export async function captureChart(
  container: HTMLElement | null,
  width: number,
): Promise<ChartBody | null> {
  if (!container || findChartSvgs(container).length === 0) return null
  const parts = await atWidth(container, width, () =>
    findChartSvgs(container)
      .filter((svg) => svg.getBoundingClientRect().width >= 1)
      .map(serializeSurface),
  )
  if (parts.length === 0) return null
  const [only, ...more] = parts
  if (only && more.length === 0) return { kind: 'chart', ...only }
  let y = 0
  const markup = parts
    .map((part) => {
      const placed = `<svg x="0" y="${y}" width="${part.width}" height="${part.height}" viewBox="0 0 ${part.width} ${part.height}" overflow="hidden">${part.markup}</svg>`
      y += part.height + GAP_BETWEEN_CHARTS
      return placed
    })
    .join('')
  return {
    kind: 'chart',
    markup,
    width: Math.max(...parts.map((p) => p.width)),
    height: y - GAP_BETWEEN_CHARTS,
  }
}
