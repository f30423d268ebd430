// The line chart of 50 places × 30 periods (1,500 invented figures, not data): what a filter change
// costs before the browser paints, i.e. describing the figures, shaping the series and rendering the
// chart's SVG (React, server renderer in Node: the same components, without layout or paint).
// Prints the median and worst of 15 runs after 3 warm-ups; fails above 200 ms with --assert.
//   npm run bench:charts [-- --assert]
import { readFileSync } from 'node:fs'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { indexDataset } from '@/domain/dataset-index'
import { describeFigure } from '@/domain/figure-description'
import type { FigureMatch } from '@/domain/geography'
import { parseDataset } from '@/domain/validate-dataset'
import { loadAllMessages, translatorFor } from '@/lib/i18n'
import { LanguageProvider } from '@/lib/language'
import { buildLinePanels } from '@/features/charts/model/line-model'
import { describeTrend } from '@/features/charts/model/shape-summary'
import { LineChart } from '@/features/charts/components/line-chart'

const PLACES = 50
const PERIODS = 30
const BUDGET_MS = 200

await loadAllMessages()
const parsed = parseDataset(JSON.parse(readFileSync('public/data/v1/dataset.json', 'utf8')))
if (!parsed.ok) throw new Error('the built-in dataset does not parse')
const index = indexDataset(parsed.data)
const base = index.figures.find((f) => f.id === 'involuntary-returns-caricom-2018')!
const codes = [...index.geographies.keys()]
// Seeded, so every run draws the same figures.
let seed = 12
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
const matches: FigureMatch[] = []
for (let p = 0; p < PLACES; p++)
  for (let y = 0; y < PERIODS; y++) {
    const value = Math.round(100 + random() * 5000)
    const kind = (p + y) % 11 === 0 ? 'range' : (p + y) % 13 === 0 ? 'lower-bound' : 'point'
    const estimate = kind === 'range' ? { kind, low: value, high: value + 300 } : { kind, value }
    matches.push({
      kind: 'own',
      figure: {
        ...base,
        id: `bench-${p}-${y}`,
        geographyCode: codes[p % codes.length]! + (p >= codes.length ? `-${p}` : ''),
        year: 1995 + y,
        estimate,
      },
    } as FigureMatch)
  }
const t = translatorFor('en')

function drawOnce(): number {
  const start = performance.now()
  const descriptions = matches.map((m) => describeFigure(m, index, 'en', t))
  const [panel] = buildLinePanels(descriptions)
  const summary = describeTrend([panel!], 'en', t)
  const html = renderToString(
    createElement(LanguageProvider, {
      lang: 'en',
      children: createElement(LineChart, { panel: panel!, summary }),
    }),
  )
  if (!html.includes('data-kind')) throw new Error('nothing drawn')
  return performance.now() - start
}

for (let i = 0; i < 3; i++) drawOnce()
const times = Array.from({ length: 15 }, drawOnce).sort((a, b) => a - b)
const median = times[Math.floor(times.length / 2)]!
const worst = times[times.length - 1]!
console.log(
  `line chart, ${PLACES} places × ${PERIODS} periods (${matches.length} figures): median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (budget ${BUDGET_MS} ms)`,
)
if (process.argv.includes('--assert') && median > BUDGET_MS) {
  console.error(`bench:charts FAILED: median ${median.toFixed(1)} ms > ${BUDGET_MS} ms`)
  process.exit(1)
}
