import { describe, expect, it } from 'vitest'
import {
  embedChartHref,
  embedFigureHref,
  legacyRedirect,
  parseLocation,
  serializeViewParams,
} from '@/lib/routing/location'
import { defaultViewParams } from '@/lib/routing/view-params'

describe('parseLocation', () => {
  it.each([
    ['/', '', { view: 'overview', indicator: null, lang: null }, 'view'],
    ['/es', '', { view: 'overview', indicator: null, lang: 'es' }, 'view'],
    ['/es/', '', { view: 'overview', indicator: null, lang: 'es' }, 'view'],
    [
      '/es/indicator/involuntary-returns',
      '?country=JAM&time=2016..2018',
      { view: 'indicator', indicator: 'involuntary-returns', lang: 'es', places: ['JAM'] },
      'view',
    ],
    ['/en/sources/', '', { view: 'sources', lang: 'en' }, 'view'],
    ['/definitions/index.html', '', { view: 'definitions', lang: null }, 'view'],
    ['/indicator', '', { view: 'indicator', indicator: null }, 'view'],
    [
      '/embed/indicator/migrants-smuggled',
      '?tab=table',
      { view: 'indicator', indicator: 'migrants-smuggled', tab: 'table' },
      'embed-chart',
    ],
    ['/sources/extra', '', {}, 'not-found'],
    ['/fr/sources', '', {}, 'not-found'],
    ['/overview', '', {}, 'not-found'],
    ['/indicator/Bad_Id', '', {}, 'not-found'],
    ['/embed/chart/x', '', {}, 'not-found'],
  ])('%s%s', (pathname, search, expected, kind) => {
    const { params, page } = parseLocation(pathname, search)
    expect(page.kind).toBe(kind)
    expect(params).toMatchObject(expected)
  })

  it('names the figure of an embedded figure', () => {
    expect(parseLocation('/es/embed/figure/involuntary-returns-caricom-2018', '').page).toEqual({
      kind: 'embed-figure',
      figureId: 'involuntary-returns-caricom-2018',
    })
  })

  it('still reads the query form of links made before paths', () => {
    const { params, notices } = parseLocation(
      '/',
      '?view=indicator&indicator=involuntary-returns&lang=es&country=JAM',
    )
    expect(params).toMatchObject({
      view: 'indicator',
      indicator: 'involuntary-returns',
      lang: 'es',
      places: ['JAM'],
    })
    expect(notices).toEqual([])
  })
})

describe('serializeViewParams', () => {
  it.each([
    [{}, '/'],
    [{ lang: 'es' as const }, '/es'],
    [{ view: 'sources' as const, places: ['JAM', 'HTI'] }, '/sources?country=JAM~HTI'],
    [
      {
        view: 'indicator' as const,
        indicator: 'involuntary-returns',
        lang: 'es' as const,
        years: { from: 2016, to: 2018 },
        tab: 'bar' as const,
      },
      '/es/indicator/involuntary-returns?time=2016..2018&tab=bar',
    ],
  ])('%j is %s, and reads back the same', (patch, link) => {
    const params = { ...defaultViewParams, ...patch }
    expect(serializeViewParams(params)).toBe(link)
    const [pathname, search = ''] = link.split('?')
    expect(parseLocation(pathname!, search ? `?${search}` : '').params).toEqual(params)
  })

  it('writes the embed addresses with the same language and filters', () => {
    const params = { ...defaultViewParams, lang: 'es' as const, places: ['JAM'] }
    expect(embedChartHref(params, 'involuntary-returns')).toBe(
      '/es/embed/indicator/involuntary-returns?country=JAM',
    )
    expect(embedFigureHref(null, 'migrants-smuggled-world-2016')).toBe(
      '/embed/figure/migrants-smuggled-world-2016',
    )
  })
})

describe('legacyRedirect', () => {
  it.each([
    [
      '?view=indicator&indicator=involuntary-returns&lang=es&country=JAM&time=2016..2018',
      '/es/indicator/involuntary-returns?country=JAM&time=2016..2018',
    ],
    ['?view=sources&lang=es', '/es/sources'],
    ['?lang=en&country=JAM', '/en?country=JAM'],
    ['?view=definitions&colour=red', '/definitions?colour=red'],
    // A malformed value stays, so the page still says it was ignored.
    ['?view=maps&country=JAM', '/?view=maps&country=JAM'],
  ])('moves %s to %s', (search, expected) => {
    expect(legacyRedirect('/', search)).toBe(expected)
  })

  it('leaves a link already in the path form alone', () => {
    expect(legacyRedirect('/es/sources', '?country=JAM')).toBeNull()
    expect(legacyRedirect('/', '')).toBeNull()
  })
})

describe('the map period in the link', () => {
  it.each(['2019', '2019-q1', '2019-03', 'fy-2018-10-2019-09'])('reads and writes %s', (period) => {
    const { params, notices } = parseLocation(
      '/indicator/involuntary-returns',
      `?tab=map&period=${period}`,
    )
    expect(notices).toEqual([])
    expect(params).toMatchObject({ tab: 'map', period })
    expect(serializeViewParams(params)).toBe(
      `/indicator/involuntary-returns?tab=map&period=${period}`,
    )
  })

  it.each(['19', '2019-q5', '2019-13', 'last'])(
    'reports %s as malformed and keeps none',
    (period) => {
      const { params, notices } = parseLocation('/indicator/x', `?tab=map&period=${period}`)
      expect(params.period).toBeNull()
      expect(notices).toEqual([{ param: 'period', value: period, reason: 'malformed' }])
    },
  )
})
