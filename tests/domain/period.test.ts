import { describe, expect, it } from 'vitest'
import type { Figure } from '@/domain/dataset-schema'
import { formatPeriod, overlapsYears, periodKey, periodSpan, periodYears } from '@/domain/period'
import { translatorFor } from '@/lib/i18n'

type Timed = Pick<Figure, 'year' | 'period'>
const calendar2018: Timed = { year: 2018 }
const fy2019: Timed = {
  year: 2019,
  period: { kind: 'fiscal-year', label: 'FY2019', start: '2018-10', end: '2019-09' },
}
const fyUnnamed: Timed = {
  year: 2020,
  period: { kind: 'fiscal-year', start: '2019-07', end: '2020-06' },
}
const q1: Timed = { year: 2019, period: { kind: 'quarter', quarter: 1 } }
const q4: Timed = { year: 2019, period: { kind: 'quarter', quarter: 4 } }
const march: Timed = { year: 2019, period: { kind: 'month', month: 3 } }

describe('periodSpan', () => {
  it.each<[string, Timed, { start: string; end: string }]>([
    [
      'a figure with only a year (every file before periods) is a calendar year',
      calendar2018,
      { start: '2018-01', end: '2018-12' },
    ],
    ['US FY2019', fy2019, { start: '2018-10', end: '2019-09' }],
    ['a quarter', q1, { start: '2019-01', end: '2019-03' }],
    ['the fourth quarter', q4, { start: '2019-10', end: '2019-12' }],
    ['a month', march, { start: '2019-03', end: '2019-03' }],
  ])('%s', (_what, figure, span) => {
    expect(periodSpan(figure)).toEqual(span)
  })
})

describe('periodYears and overlapsYears', () => {
  it('a fiscal year touches both calendar years it spans', () => {
    expect(periodYears(fy2019)).toEqual({ first: 2018, last: 2019 })
    expect(overlapsYears(fy2019, 2018, 2018)).toBe(true)
    expect(overlapsYears(fy2019, 2020, 2022)).toBe(false)
  })
  it('a month touches its own year only', () => {
    expect(periodYears(march)).toEqual({ first: 2019, last: 2019 })
    expect(overlapsYears(march, 2018, 2018)).toBe(false)
  })
})

describe('periodKey', () => {
  it('tells apart every period of one year, so a month is never a duplicate of its year', () => {
    const keys = [calendar2018, { year: 2019 }, fy2019, q1, q4, march].map(periodKey)
    expect(keys).toEqual(['2018', '2019', 'fy-2018-10-2019-09', '2019-q1', '2019-q4', '2019-03'])
  })
})

describe('formatPeriod', () => {
  const en = translatorFor('en')
  const es = translatorFor('es')
  it.each<[string, Timed, string, string]>([
    ['a calendar year', calendar2018, '2018', '2018'],
    [
      'a named fiscal year, with its months',
      fy2019,
      'FY2019 (Oct 2018 – Sep 2019)',
      'FY2019 (oct 2018 – sept 2019)',
    ],
    [
      'a fiscal year the source does not name',
      fyUnnamed,
      'fiscal year Jul 2019 – Jun 2020',
      'año fiscal jul 2019 – jun 2020',
    ],
    ['a quarter', q1, 'Q1 2019', 'T1 2019'],
    ['a month', march, 'March 2019', 'marzo de 2019'],
  ])('%s', (_what, figure, inEnglish, inSpanish) => {
    expect(formatPeriod(figure, 'en', en)).toBe(inEnglish)
    expect(formatPeriod(figure, 'es', es)).toBe(inSpanish)
  })
})
