import { describe, expect, it } from 'vitest'
import { figureSchema, geographySchema, localizedTextSchema } from '@/domain/dataset-schema'
import { builtInDataset } from '@mocks/fixtures'

const builtIn = builtInDataset()

const validFigure = builtIn.figures[2]!

function issuesOf(record: unknown) {
  const result = figureSchema.safeParse(record)
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }))
}

describe('figureSchema', () => {
  it('accepts every built-in figure', () => {
    for (const figure of builtIn.figures) expect(issuesOf(figure)).toEqual([])
  })

  it.each([
    [
      'a range whose low exceeds its high',
      { estimate: { kind: 'range', low: 9, high: 1 } },
      'estimate.low',
      'validation.lowAboveHigh',
    ],
    [
      'an unknown estimate kind',
      { estimate: { kind: 'about', value: 3 } },
      'estimate.kind',
      undefined,
    ],
    ['a negative value', { estimate: { kind: 'point', value: -1 } }, 'estimate.value', undefined],
    ['a year out of range', { year: 20180 }, 'year', undefined],
    [
      'a lower-case country code',
      { geographyCode: 'jam' },
      'geographyCode',
      'validation.geographyCode',
    ],
    ['a bad currency code', { currency: 'dollars' }, 'currency', 'validation.currencyCode'],
    [
      'an unknown caveat type',
      { caveats: [{ type: 'opinion', text: { en: 'x' } }] },
      'caveats.0.type',
      undefined,
    ],
    [
      'a caveat with no text in either language',
      { caveats: [{ type: 'coverage', text: {} }] },
      'caveats.0.text',
      'validation.needsText',
    ],
    [
      'a coverage count of zero',
      { coverage: { ...validFigure.coverage, reportingUnitCount: 0 } },
      'coverage.reportingUnitCount',
      undefined,
    ],
  ])('rejects %s at the right field', (_label, patch, path, message) => {
    const issues = issuesOf({ ...validFigure, ...patch })
    expect(issues.map((i) => i.path)).toContain(path)
    if (message) expect(issues.find((i) => i.path === path)?.message).toBe(message)
  })

  it('rejects a figure without a source', () => {
    const { source: _source, ...withoutSource } = validFigure
    expect(issuesOf(withoutSource).map((i) => i.path)).toContain('source')
  })
})

describe('localizedTextSchema', () => {
  it.each([
    [{ en: 'a' }, true],
    [{ es: 'b' }, true],
    [{ en: 'a', es: 'b' }, true],
    [{}, false],
    [{ en: '' }, false],
  ])('%j valid: %s', (text, valid) => {
    expect(localizedTextSchema.safeParse(text).success).toBe(valid)
  })
})

describe('geographySchema', () => {
  it('keeps region membership as data', () => {
    const caricom = builtIn.geographies.find((g) => g.code === 'CARICOM')
    const parsed = geographySchema.parse(caricom)
    expect(parsed.members).toContain('JAM')
    expect(parsed.definedBy).toBe('CARICOM')
  })
})
