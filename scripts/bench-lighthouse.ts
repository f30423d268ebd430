// Lighthouse (mobile profile, simulated slow 4G and 4x CPU slowdown) on the production build:
//   npm run bench:lighthouse [-- --build] [-- --runs 3] [-- --url /es/sources] [-- --assert]
// Serves dist/ with `vite preview`, runs Lighthouse 12 in Debian's Chromium several times on
// each link (by default the link of every view in both languages: scripts/lib/site-routes.ts)
// and prints each run, then a table of the medians of every category score and of the largest
// contentful paint per link. Reports are written to bench-results/ (git-ignored).
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { preview } from 'vite'
import { builtInRoutes, viewRoutes } from './lib/site-routes.ts'

/** What the dashboard must reach (issue 5; LCP ≤ 1.0 s for every view's link, issue 14). */
export const targets = {
  performance: 0.98,
  accessibility: 1,
  'best-practices': 1,
  seo: 0.95,
  lcpMs: 1000,
}

const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

const { values } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    assert: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    url: { type: 'string', multiple: true },
  },
})

if (values.build || !existsSync('dist/index.html')) {
  console.log('bench:lighthouse: building first (npm run build)')
  execSync('npm run build', { stdio: 'inherit' })
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

// Port 0: any free port, so a preview already running on 4173 is neither reused nor disturbed.
const server = await preview({
  preview: { port: 0, strictPort: false, open: false },
  logLevel: 'warn',
})
const base = server.resolvedUrls?.local[0]
if (!base) throw new Error('vite preview did not report its address')
const links =
  values.url ?? viewRoutes(builtInRoutes('dist/data/v1/dataset.json')).map((r) => r.path)
mkdirSync('bench-results', { recursive: true })

interface Run {
  scores: Record<(typeof categories)[number], number>
  lcpMs: number
  fcpMs: number
  tbtMs: number
  cls: number
}
// One Chromium for all runs, with a first run discarded: a fresh browser's first page pays for
// its own start-up (font configuration, caches of the browser itself), which no visitor's page
// load includes. Lighthouse still clears the page's cache and storage before every run.
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags,
})
const table: {
  link: string
  runs: Run[]
  median: Record<(typeof categories)[number] | 'lcpMs', number>
}[] = []
try {
  for (const link of links) {
    const url = new URL(link, base).href
    const runs: Run[] = []
    console.log(`\n${link}`)
    // Only the very first run (the browser's own start-up, above) is discarded.
    for (let i = link === links[0] ? 0 : 1; i <= Number(values.runs); i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      })
      if (!result) throw new Error('Lighthouse returned no result')
      const { lhr } = result
      if (lhr.runtimeError)
        throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
      if (i === 0) continue
      writeFileSync(
        `bench-results/lighthouse-${link.replace(/\W+/g, '_') || 'root'}-run-${i}.json`,
        JSON.stringify(lhr, null, 1),
      )
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      const run: Run = {
        scores: Object.fromEntries(
          categories.map((c) => [c, lhr.categories[c]?.score ?? 0]),
        ) as Run['scores'],
        lcpMs: audit('largest-contentful-paint'),
        fcpMs: audit('first-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
      }
      runs.push(run)
      const failing = Object.values(lhr.audits).filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      console.log(
        `run ${i}: ${categories.map((c) => `${c} ${run.scores[c].toFixed(2)}`).join(', ')}, LCP ${Math.round(run.lcpMs)} ms, FCP ${Math.round(run.fcpMs)} ms, TBT ${Math.round(run.tbtMs)} ms, CLS ${run.cls.toFixed(3)} (host benchmark index ${Math.round(lhr.environment.benchmarkIndex)})`,
      )
      if (failing.length > 0)
        console.log(`  audits below 1: ${failing.map((a) => `${a.id} (${a.score})`).join(', ')}`)
    }
    table.push({ link, runs, median: medianOf(runs) })
  }
} finally {
  chrome.kill()
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
}

function medianOf(runs: Run[]) {
  return {
    ...Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
    lcpMs: median(runs.map((r) => r.lcpMs)),
  } as Record<(typeof categories)[number] | 'lcpMs', number>
}

console.log(`\nMedian of ${values.runs} runs per link (mobile profile):`)
console.log(
  `| link | ${categories.join(' | ')} | LCP |\n| --- | ${categories.map(() => '---').join(' | ')} | --- |`,
)
for (const { link, median: med } of table)
  console.log(
    `| \`${link}\` | ${categories.map((c) => med[c].toFixed(2)).join(' | ')} | ${(med.lcpMs / 1000).toFixed(2)} s |`,
  )
console.log(
  `targets: performance ≥ ${targets.performance}, accessibility ${targets.accessibility}, best-practices ${targets['best-practices']}, seo ≥ ${targets.seo}, LCP ≤ ${(targets.lcpMs / 1000).toFixed(1)} s`,
)
writeFileSync('bench-results/lighthouse-summary.json', JSON.stringify(table, null, 2))

const misses = table.flatMap(({ link, median: med }) => [
  ...categories
    .filter((c) => med[c] < targets[c])
    .map((c) => `${link}: ${c} ${med[c].toFixed(2)} < ${targets[c]}`),
  ...(med.lcpMs > targets.lcpMs
    ? [`${link}: LCP ${Math.round(med.lcpMs)} ms > ${targets.lcpMs} ms`]
    : []),
])
if (misses.length > 0) {
  console.log(`\nBelow target:\n${misses.map((m) => `  - ${m}`).join('\n')}`)
  if (values.assert) process.exit(1)
} else console.log('\nAll targets met.')
