// The legend's sample of how each kind of estimate is drawn, as data: the on-screen legend
// (components/chart-legend.tsx) and the exported image (export/model/svg-document.ts) both draw
// it from here, so the two cannot drift apart. Attribute names are React's (camelCase);
// `svgMarkup` writes them as SVG's.
import type { EstimateKind } from '@/domain/dataset-schema'
import { chartPalette } from '@/features/charts/model/palette'

export interface SvgNode {
  tag: 'rect' | 'line' | 'path' | 'defs' | 'linearGradient' | 'stop'
  attrs: Record<string, string | number>
  children?: SvgNode[]
}

/** The kinds in the order a legend lists them. */
export const legendOrder: readonly EstimateKind[] = ['point', 'lower-bound', 'upper-bound', 'range']
export const SWATCH_WIDTH = 40
export const SWATCH_HEIGHT = 14

/** The shapes of one kind's sample, 40 × 14. `id` names the fade of a lower bound; it must be unique in its document. */
export function swatchShapes(kind: EstimateKind, id: string): SvgNode[] {
  const c = chartPalette.bar
  if (kind === 'point')
    return [{ tag: 'rect', attrs: { x: 0, y: 3, width: 36, height: 8, fill: c } }]
  if (kind === 'lower-bound') {
    return [
      {
        tag: 'defs',
        attrs: {},
        children: [
          {
            tag: 'linearGradient',
            attrs: { id, x1: 0, x2: 1 },
            children: [
              { tag: 'stop', attrs: { offset: 0, stopColor: c, stopOpacity: 0.55 } },
              { tag: 'stop', attrs: { offset: 1, stopColor: c, stopOpacity: 0.04 } },
            ],
          },
        ],
      },
      { tag: 'rect', attrs: { x: 0, y: 3, width: 16, height: 8, fill: c } },
      { tag: 'rect', attrs: { x: 16, y: 3, width: 16, height: 8, fill: `url(#${id})` } },
      {
        tag: 'path',
        attrs: { d: 'M 32 2 L 38 7 L 32 12', fill: 'none', stroke: c, strokeWidth: 1.5 },
      },
    ]
  }
  if (kind === 'upper-bound') {
    return [
      {
        tag: 'defs',
        attrs: {},
        children: [
          {
            tag: 'linearGradient',
            attrs: { id, x1: 0, x2: 1 },
            children: [
              { tag: 'stop', attrs: { offset: 0, stopColor: c, stopOpacity: 0.04 } },
              { tag: 'stop', attrs: { offset: 1, stopColor: c, stopOpacity: 0.55 } },
            ],
          },
        ],
      },
      { tag: 'rect', attrs: { x: 0, y: 3, width: 32, height: 8, fill: `url(#${id})` } },
      { tag: 'line', attrs: { x1: 32, x2: 32, y1: 0, y2: 14, stroke: c, strokeWidth: 3 } },
    ]
  }
  return [
    {
      tag: 'rect',
      attrs: { x: 8, y: 3, width: 24, height: 8, fill: c, fillOpacity: 0.3, stroke: c },
    },
    { tag: 'line', attrs: { x1: 8, x2: 8, y1: 0, y2: 14, stroke: c, strokeWidth: 2 } },
    { tag: 'line', attrs: { x1: 32, x2: 32, y1: 0, y2: 14, stroke: c, strokeWidth: 2 } },
  ]
}

const svgName = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
const escapeAttr = (value: string | number) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The nodes as SVG markup. */
export function svgMarkup(nodes: SvgNode[]): string {
  return nodes
    .map(({ tag, attrs, children }) => {
      const attributes = Object.entries(attrs)
        .map(([name, value]) => ` ${svgName(name)}="${escapeAttr(value)}"`)
        .join('')
      return children
        ? `<${tag}${attributes}>${svgMarkup(children)}</${tag}>`
        : `<${tag}${attributes}/>`
    })
    .join('')
}
