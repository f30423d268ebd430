import { buildClasses, classFill, classify, NO_DATA_FILL } from '@/features/map/model/map-classes'

describe('buildClasses', () => {
  it.each([
    {
      name: 'eight removals (caribbean-removals-2020.csv): four classes at round quantiles',
      values: [76, 41, 1904, 212, 1530, 1010, 188, 35],
      bounds: [
        [35, 70],
        [70, 200],
        [200, 1000],
        [1000, 1904],
      ],
    },
    { name: 'one value: one class', values: [4323], bounds: [[4323, 4323]] },
    {
      name: 'zeros are keyed apart, not a class',
      values: [0, 8, 12, 19, 27, 30, 45],
      bounds: [
        [8, 20],
        [20, 30],
        [30, 45],
      ],
    },
    { name: 'nothing above zero: no classes', values: [0, 0], bounds: [] },
  ])('$name', ({ values, bounds }) => {
    const classes = buildClasses(values)
    expect(classes.map((c) => [c.low, c.high])).toEqual(bounds)
    expect(classes.filter((c) => c.last)).toHaveLength(bounds.length > 0 ? 1 : 0)
  })

  it('puts every value in exactly one class', () => {
    const values = [3, 17, 17, 120, 999, 1000, 1001, 52000]
    const classes = buildClasses(values)
    for (const value of values) {
      const holding = classes.filter((c) => value >= c.low && (value < c.high || c.last))
      expect(holding, String(value)).toHaveLength(1)
    }
  })
})

describe('classify', () => {
  const classes = buildClasses([35, 41, 76, 188, 212, 1010, 1530, 1904])
  it.each([
    { estimate: { kind: 'point' as const, value: 41 }, classIndex: 0, mayBeHigher: false },
    { estimate: { kind: 'point' as const, value: 70 }, classIndex: 1, mayBeHigher: false },
    { estimate: { kind: 'point' as const, value: 1904 }, classIndex: 3, mayBeHigher: false },
    { estimate: { kind: 'point' as const, value: 0 }, classIndex: -1, mayBeHigher: false },
    // A lower bound is shaded by its value and may be higher.
    { estimate: { kind: 'lower-bound' as const, value: 212 }, classIndex: 2, mayBeHigher: true },
    // A range is shaded by its low end; higher only when its high end is in another class.
    { estimate: { kind: 'range' as const, low: 80, high: 150 }, classIndex: 1, mayBeHigher: false },
    { estimate: { kind: 'range' as const, low: 80, high: 1500 }, classIndex: 1, mayBeHigher: true },
    // An upper bound is shaded by its value and may be lower.
    {
      estimate: { kind: 'upper-bound' as const, value: 150 },
      classIndex: 1,
      mayBeHigher: false,
      mayBeLower: true,
    },
  ])('$estimate.kind $estimate', ({ estimate, classIndex, mayBeHigher, mayBeLower = false }) => {
    expect(classify(estimate, classes)).toEqual({ classIndex, mayBeHigher, mayBeLower })
  })
})

describe('classFill', () => {
  it('gives each class its own colour, zero white and no data grey', () => {
    const fills = [0, 1, 2, 3].map((i) => classFill(i, 4))
    expect(new Set(fills).size).toBe(4)
    expect(classFill(-1, 4)).toBe('#ffffff')
    expect(fills).not.toContain(NO_DATA_FILL)
    expect(fills).not.toContain('#ffffff')
  })
})
