// Takes the chart exactly as drawn on screen and makes it stand alone: computed colours, strokes
// and text settings become attributes (CSS variables and stylesheets do not travel with a file),
// and every font becomes the generic sans-serif.
import type { ImageBody } from '@/features/export/model/svg-document'

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

/** The chart's drawing surface: recharts' own <svg>, else the largest <svg> in the container. */
export function findChartSvg(container: HTMLElement): SVGSVGElement | null {
  const surface = container.querySelector<SVGSVGElement>('svg.recharts-surface')
  if (surface && surface.getBoundingClientRect().width > 0) return surface
  let best: SVGSVGElement | null = null
  let bestArea = 0
  for (const svg of container.querySelectorAll<SVGSVGElement>('svg')) {
    const { width, height } = svg.getBoundingClientRect()
    if (width * height > bestArea) {
      best = svg
      bestArea = width * height
    }
  }
  return best
}

function inlineStyles(original: Element, clone: Element): void {
  const style = getComputedStyle(original)
  const isText = original instanceof SVGTextElement || original instanceof SVGTSpanElement
  for (const property of [...PAINT_PROPERTIES, ...(isText ? TEXT_PROPERTIES : [])]) {
    const value = style.getPropertyValue(property)
    if (value) clone.setAttribute(property, value)
  }
  if (isText) clone.setAttribute('font-family', 'sans-serif')
  clone.removeAttribute('style')
  clone.removeAttribute('tabindex')
}

/** The chart as a self-contained drawing for the exported image, or null when none is drawn. */
export function serializeChart(
  container: HTMLElement | null,
): Extract<ImageBody, { kind: 'chart' }> | null {
  const svg = container ? findChartSvg(container) : null
  if (!svg) return null
  const { width, height } = svg.getBoundingClientRect()
  if (width < 1 || height < 1) return null
  const clone = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const clones = [clone, ...clone.querySelectorAll('*')]
  originals.forEach((original, i) => {
    const copy = clones[i]
    if (copy) inlineStyles(original, copy)
  })
  const serializer = new XMLSerializer()
  const markup = [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('')
  const viewBox = svg.viewBox.baseVal
  const hasViewBox = viewBox && viewBox.width > 0 && viewBox.height > 0
  return {
    kind: 'chart',
    markup,
    width: Math.round(hasViewBox ? viewBox.width : width),
    height: Math.round(hasViewBox ? viewBox.height : height),
  }
}
