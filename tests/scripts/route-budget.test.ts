// What bench:size holds each route to (scripts/lib/route-budget.ts), on a made-up manifest: the
// shared chunks and the view's, each file once, dynamic imports left out; and which chunk a
// view's shared module goes to (scripts/lib/view-chunks.ts).
import { describe, expect, it } from 'vitest'
import { routeJs, staticClosure, type Manifest } from '@scripts/lib/route-budget'
import { chunkOfPages } from '@scripts/lib/view-chunks'

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_runtime.js'],
    dynamicImports: ['_app.js'],
  },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_app.js': {
    file: 'assets/app.js',
    name: 'app',
    imports: ['_runtime.js'],
    css: ['assets/app.css'],
  },
  'src/locales/es/core.ts': { file: 'assets/core-es.js' },
  '_view-indicator.js': {
    file: 'assets/view-indicator.js',
    name: 'view-indicator',
    imports: ['_app.js', '_figure-cards.js', '_indicator-figure.js'],
    dynamicImports: ['src/features/charts/components/estimate-chart.tsx'],
  },
  '_figure-cards.js': { file: 'assets/figure-cards.js', imports: ['_app.js'] },
  '_indicator-figure.js': { file: 'assets/indicator-figure.js', imports: ['_figure-cards.js'] },
  'src/features/charts/components/estimate-chart.tsx': { file: 'assets/estimate-chart.js' },
  'src/locales/es/indicator.ts': { file: 'assets/indicator-es.js' },
}
/** Made-up gzipped sizes, in bytes. */
const sizes: Record<string, number> = {
  'assets/index.js': 6_000,
  'assets/runtime.js': 500,
  'assets/app.js': 88_000,
  'assets/app.css': 6_000,
  'assets/core-es.js': 2_500,
  'assets/view-indicator.js': 1_500,
  'assets/figure-cards.js': 4_500,
  'assets/indicator-figure.js': 7_000,
  'assets/estimate-chart.js': 100_000,
  'assets/indicator-es.js': 2_200,
}
const size = (file: string) => sizes[file]!
const shared = ['index.html', '_app.js', 'src/locales/es/core.ts']

describe('routeJs', () => {
  it('adds the view’s static imports to the shared chunks, each file once, without CSS or dynamic imports', () => {
    const js = routeJs(manifest, size, shared, [
      '_view-indicator.js',
      'src/locales/es/indicator.ts',
    ])
    expect(js.shared).toBe(6_000 + 500 + 88_000 + 2_500)
    // The app chunk the view imports again is not counted twice; recharts (dynamic) not at all.
    expect(js.view).toBe(1_500 + 4_500 + 7_000 + 2_200)
    expect(js.total).toBe(js.shared + js.view)
    expect(js.total).toBe(112_200)
  })

  it('counts nothing more for a view whose code the shared chunks already hold', () => {
    expect(routeJs(manifest, size, shared, ['_app.js'])).toEqual({
      shared: 97_000,
      view: 0,
      total: 97_000,
    })
  })

  it('says which key is missing rather than counting nothing', () => {
    expect(() => staticClosure(manifest, ['_view-sources.js'])).toThrow(/_view-sources\.js/)
  })
})

describe('chunkOfPages', () => {
  it('keeps a view’s own code in its chunk and groups what views share', () => {
    expect(chunkOfPages(['indicator'])).toBe('view-indicator')
    expect(chunkOfPages(['embed-chart', 'indicator'])).toBe('indicator-figure')
    expect(chunkOfPages(['context', 'sources'])).toBe('source-documents')
    expect(chunkOfPages(['definitions', 'indicator'])).toBe('app')
    expect(chunkOfPages(['embed-figure', 'overview', 'sources'])).toBe(
      'views-embed-figure-overview-sources',
    )
    expect(chunkOfPages(['indicator', 'overview'])).toBe('views-indicator-overview')
  })
})
