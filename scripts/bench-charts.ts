// The line chart of 50 places × 30 periods (1,500 invented figures, not data): what a filter change
// costs before the browser paints, i.e. describing the figures, shaping the series and rendering the
// chart's SVG (React, server renderer in Node: the same components, without layout or paint).
// Prints the median and worst of 15 runs after 3 warm-ups; fails above 200 ms with --assert.
// Then the map of one period (issue 13) the same way; its budget is 300 ms.
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
import { describeTrend } from '@/features/charts/model/line-summary'
import { LineChart } from '@/features/charts/components/line-chart'
import { MapDrawing } from '@/features/map/components/map-drawing'
import { buildShapes } from '@/features/map/lib/map-shapes'
import { buildMapModel } from '@/features/map/model/map-model'
import type { GeometryCollection } from 'topojson-specification'
import { readAmericasTopology, readWorldLand } from './lib/map-geometry.ts'

const PLACES = 50
const PERIODS = 30
const BUDGET_MS = 200
const MAP_BUDGET_MS = 300

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

// The map (issue 13): every country the boundaries hold with a figure of one period, and the
// regional CARICOM figure outlining its members. Timed from the boundaries as the map's chunk
// holds them (topology, already parsed) to the SVG: conversion to shapes, descriptions, classes,
// projection and rendering.
const americas = readAmericasTopology()
const land = readWorldLand()
const countryCodes = (americas.objects.countries as GeometryCollection).geometries.map((g) =>
  String(g.id),
)
const mapMatches: FigureMatch[] = [
  { kind: 'own', figure: base },
  ...countryCodes.map((code, i): FigureMatch => ({
    kind: 'own',
    figure: {
      ...base,
      id: `bench-map-${code}`,
      geographyCode: code,
      estimate:
        i % 7 === 0
          ? { kind: 'lower-bound', value: 10 + i * 37 }
          : i % 5 === 0
            ? { kind: 'range', low: 10 + i * 37, high: 60 + i * 37 }
            : { kind: 'point', value: 10 + i * 37 },
    },
  })),
]

function drawMapOnce(): number {
  const start = performance.now()
  const shapes = buildShapes(americas, land)
  const descriptions = mapMatches.map((m) => describeFigure(m, index, 'en', t))
  const model = buildMapModel(descriptions, index.geographies, '2018', 'en', t)
  const html = renderToString(
    createElement(LanguageProvider, {
      lang: 'en',
      children: createElement(MapDrawing, {
        model,
        label: 'Map',
        selected: null,
        onSelect: () => undefined,
        shapes,
      }),
    }),
  )
  if ((html.match(/data-class=/g) ?? []).length !== countryCodes.length)
    throw new Error('not every country drawn')
  return performance.now() - start
}

for (let i = 0; i < 3; i++) drawMapOnce()
const mapTimes = Array.from({ length: 15 }, drawMapOnce).sort((a, b) => a - b)
const mapMedian = mapTimes[Math.floor(mapTimes.length / 2)]!
console.log(
  `map, ${countryCodes.length} countries and one region (1:50m boundaries): median ${mapMedian.toFixed(1)} ms, worst ${mapTimes[mapTimes.length - 1]!.toFixed(1)} ms (budget ${MAP_BUDGET_MS} ms)`,
)

const failures = [
  ...(median > BUDGET_MS ? [`line chart median ${median.toFixed(1)} ms > ${BUDGET_MS} ms`] : []),
  ...(mapMedian > MAP_BUDGET_MS
    ? [`map median ${mapMedian.toFixed(1)} ms > ${MAP_BUDGET_MS} ms`]
    : []),
]
if (process.argv.includes('--assert') && failures.length > 0) {
  console.error(`bench:charts FAILED: ${failures.join('; ')}`)
  process.exit(1)
}
