// The routes the build renders and the head and image each gets (scripts/prerender.ts).
import { describe, expect, it } from 'vitest'
import { headTags, withHead, type PageHead } from '@scripts/lib/page-head'
import { previewSvg, wrapText } from '@scripts/lib/preview-image'
import { builtInRoutes, previewImageFile, viewRoutes } from '@scripts/lib/site-routes'

describe('the routes of the built-in data', () => {
  const routes = builtInRoutes()

  it('has every view and indicator in each language form, each with its own file', () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/',
        '/es',
        '/en',
        '/indicator/involuntary-returns',
        '/es/indicator/involuntary-returns',
        '/es/sources',
        '/en/import',
        '/es/embed/indicator/migrants-smuggled',
        '/embed/figure/involuntary-returns-caricom-2018',
      ]),
    )
    expect(new Set(routes.map((r) => r.file)).size).toBe(routes.length)
    expect(routes.find((r) => r.path === '/es/sources')?.file).toBe('es/sources/index.html')
    expect(routes.find((r) => r.path === '/')?.file).toBe('index.html')
  })

  it('measures the link of every view in both languages', () => {
    expect(viewRoutes(routes).map((r) => r.path)).toEqual([
      '/',
      '/indicator/migrants-smuggled',
      '/indicator/smuggling-profits',
      '/indicator/involuntary-returns',
      '/sources',
      '/context',
      '/definitions',
      '/import',
      '/es',
      '/es/indicator/migrants-smuggled',
      '/es/indicator/smuggling-profits',
      '/es/indicator/involuntary-returns',
      '/es/sources',
      '/es/context',
      '/es/definitions',
      '/es/import',
    ])
  })

  it('gives the unprefixed and the /en page one image, the Spanish page its own', () => {
    const image = (path: string) => previewImageFile(routes.find((r) => r.path === path)!)
    expect(image('/indicator/involuntary-returns')).toBe('og/en/indicator--involuntary-returns.png')
    expect(image('/en/indicator/involuntary-returns')).toBe(image('/indicator/involuntary-returns'))
    expect(image('/es')).toBe('og/es/overview.png')
  })
})

describe('wrapText', () => {
  it.each([
    ['short', 20, 400, 2, ['short']],
    // 13 characters a line at 20 px in 150 px.
    ['one two three four five six', 20, 150, 3, ['one two three', 'four five six']],
    ['one two three four five six seven eight', 20, 150, 2, ['one two three', 'four five…']],
  ])('wraps %j', (text, size, width, lines, expected) => {
    expect(wrapText(text, size, width, lines)).toEqual(expected)
  })
})

describe('the page head', () => {
  const head: PageHead = {
    title: 'Returns “registered” <2018> & more',
    description: "A caveat with $' and $& in it",
    url: 'https://example.org/es/sources',
    image: 'https://example.org/og/es/sources.png',
    imageAlt: 'Sources',
    siteName: 'Migration statistics',
    lang: 'es',
    alternates: [['en', 'https://example.org/sources']],
    noindex: false,
  }

  it('escapes what it writes and keeps $ patterns as written', () => {
    const template =
      '<html lang="en"><head><meta name="description" content="x" /><title>x</title></head></html>'
    const page = withHead(template, head)
    expect(page).toContain('<title>Returns “registered” &lt;2018&gt; &amp; more</title>')
    expect(page).toContain(`content="A caveat with $' and $&amp; in it"`)
    expect(page).toContain('<html lang="es"')
    expect(headTags(head)).toContain('<meta name="twitter:card" content="summary_large_image" />')
    expect(headTags(head)).not.toContain('noindex')
  })

  it('escapes the text of a preview image', () => {
    const svg = previewSvg({ app: 'A & B', title: '<T>', note: 'n' })
    expect(svg).toContain('A &amp; B')
    expect(svg).toContain('&lt;T&gt;')
  })
})
