// The line chart's legend of marks, drawn inside its SVG so the exported image (a copy of this
// drawing) explains its marks in the same words as the screen.
import type { LinePanel } from '@/features/charts/model/line-model'
import { wrapText } from '@/features/charts/model/chart-layout'
import { chartPalette } from '@/features/charts/model/palette'
import type { Translate } from '@/domain/translate'

const FONT = 11
const LINE = 14
const SAMPLE = 34

export type LegendEntry = 'point' | 'lower-bound' | 'upper-bound' | 'range' | 'gap' | 'break'

/** The marks a panel uses, in a fixed order. */
export function legendEntries(panel: LinePanel): LegendEntry[] {
  const points = panel.series.flatMap((s) => s.points)
  const entries: LegendEntry[] = []
  for (const kind of ['point', 'lower-bound', 'upper-bound', 'range'] as const)
    if (points.some((p) => p.kind === kind)) entries.push(kind)
  if (points.some((p) => p.gapBefore)) entries.push('gap')
  if (points.some((p) => p.breakBefore.length > 0)) entries.push('break')
  return entries
}

export interface LegendLayout {
  items: { entry: LegendEntry; lines: string[]; y: number }[]
  height: number
}

export function layoutLineLegend(
  entries: LegendEntry[],
  width: number,
  t: Translate,
): LegendLayout {
  const perLine = Math.max(20, Math.floor((width - SAMPLE - 8) / (FONT * 0.55)))
  let y = 0
  const items = entries.map((entry) => {
    const lines = wrapText(t(`dashboard.line.legendItem.${entry}`), perLine)
    const item = { entry, lines, y }
    y += lines.length * LINE + 6
    return item
  })
  return { items, height: y }
}

function Sample({ entry, y }: { entry: LegendEntry; y: number }) {
  const c = chartPalette.ink
  const mid = y + 7
  switch (entry) {
    case 'point':
      return (
        <g>
          <line x1={4} x2={28} y1={mid + 3} y2={mid - 3} stroke={c} strokeWidth={2} />
          <circle cx={4} cy={mid + 3} r={3.5} fill={c} />
          <circle cx={28} cy={mid - 3} r={3.5} fill={c} />
        </g>
      )
    case 'lower-bound':
      return (
        <g>
          <line
            x1={16}
            x2={16}
            y1={mid + 5}
            y2={mid - 7}
            stroke={c}
            strokeWidth={2}
            strokeDasharray="3 2"
          />
          <path
            d={`M 12 ${mid - 3} L 16 ${mid - 7} L 20 ${mid - 3}`}
            fill="none"
            stroke={c}
            strokeWidth={2}
          />
          <line x1={10} x2={22} y1={mid + 5} y2={mid + 5} stroke={c} strokeWidth={3} />
        </g>
      )
    case 'upper-bound':
      return (
        <g>
          <line
            x1={16}
            x2={16}
            y1={mid - 5}
            y2={mid + 7}
            stroke={c}
            strokeWidth={2}
            strokeDasharray="3 2"
          />
          <path
            d={`M 12 ${mid + 3} L 16 ${mid + 7} L 20 ${mid + 3}`}
            fill="none"
            stroke={c}
            strokeWidth={2}
          />
          <line x1={10} x2={22} y1={mid - 5} y2={mid - 5} stroke={c} strokeWidth={3} />
        </g>
      )
    case 'range':
      return (
        <g>
          <path
            d={`M 6 ${mid + 6} L 26 ${mid + 4} L 26 ${mid - 6} L 6 ${mid - 4} Z`}
            fill={c}
            fillOpacity={0.18}
          />
          <line x1={6} x2={6} y1={mid + 6} y2={mid - 4} stroke={c} strokeWidth={2} />
          <line x1={26} x2={26} y1={mid + 4} y2={mid - 6} stroke={c} strokeWidth={2} />
        </g>
      )
    case 'gap':
      return (
        <g>
          <line x1={0} x2={10} y1={mid} y2={mid} stroke={c} strokeWidth={2} />
          <line x1={22} x2={32} y1={mid} y2={mid} stroke={c} strokeWidth={2} />
        </g>
      )
    case 'break':
      return (
        <g>
          <line x1={0} x2={12} y1={mid} y2={mid} stroke={c} strokeWidth={2} />
          <line x1={20} x2={32} y1={mid} y2={mid} stroke={c} strokeWidth={2} />
          <line x1={13} x2={16} y1={mid + 6} y2={mid - 6} stroke={c} strokeWidth={1.8} />
          <line x1={17} x2={20} y1={mid + 6} y2={mid - 6} stroke={c} strokeWidth={1.8} />
        </g>
      )
  }
}

/** The legend at (x, y): each mark's sample, then what it means. */
export function LineLegend({ layout, x, y }: { layout: LegendLayout; x: number; y: number }) {
  return (
    <g className="chart-legend-kinds" transform={`translate(${x} ${y})`}>
      {layout.items.map((item) => (
        <g key={item.entry} data-legend-kind={item.entry}>
          <Sample entry={item.entry} y={item.y} />
          <text fontSize={FONT} fill={chartPalette.inkMuted}>
            {item.lines.map((line, i) => (
              <tspan key={i} x={SAMPLE + 6} y={item.y + 11 + i * LINE}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  )
}
