// withOrigin copies a figure field by field; these tests keep its list of fields and the
// schema's together, on the built-in figures and on a figure with every optional field.
import { builtInDataset } from '@mocks/fixtures'
import { figureSchema, type Figure } from '@/domain/dataset-schema'
import { withOrigin, type FigureOrigin } from '@/domain/dataset-index'
import { parseDataset } from '@/domain/validate-dataset'

const origin: FigureOrigin = {
  kind: 'imported',
  importId: 'imp-1',
  fileName: 'register.csv',
  importedAt: '2026-11-29T10:00:00.000Z',
}

function builtInFigures(): Figure[] {
  const parsed = parseDataset(builtInDataset())
  if (!parsed.ok) throw new Error('the built-in dataset does not parse')
  return parsed.data.figures
}

const everyField: Figure = {
  id: 'f-1',
  indicatorId: 'involuntary-returns',
  geographyCode: 'JAM',
  year: 2019,
  period: { kind: 'fiscal-year', label: 'FY2019', start: '2018-10', end: '2019-09' },
  estimate: { kind: 'range', low: 1, high: 2 },
  unit: 'currency',
  currency: 'USD',
  coverage: { status: 'not-stated', reportingUnitCount: null, reportingUnits: null },
  caveats: [],
  noCaveatStated: true,
  source: { documentId: 'doc', originalProducer: null, quotedPersonId: null },
  evidence: { documentId: 'doc', paragraph: 2, quote: 'a sentence' },
}

describe('withOrigin', () => {
  it.each([
    ...builtInFigures().map((f) => [f.id, f] as const),
    ['every optional field', everyField] as const,
  ])('copies %s with its origin, fields in the schema order', (_id, figure) => {
    const copy = withOrigin(figure, origin)
    expect(copy).toStrictEqual({ ...figure, origin })
    expect(Object.keys(copy)).toEqual([
      ...Object.keys(figureSchema.shape).filter((k) => k in figure),
      'origin',
    ])
    expect(copy).not.toBe(figure)
  })

  it('leaves out optional fields the figure does not have', () => {
    const { period: _p, currency: _c, noCaveatStated: _n, evidence: _e, ...plain } = everyField
    const copy = withOrigin(plain, origin)
    expect(
      ['period', 'currency', 'noCaveatStated', 'evidence'].filter((field) => field in copy),
    ).toEqual([])
  })

  it('knows every field of the schema', () => {
    expect(Object.keys(withOrigin(everyField, origin))).toEqual([
      ...Object.keys(figureSchema.shape),
      'origin',
    ])
  })
})
