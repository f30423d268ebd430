import { describe, expect, it } from 'vitest'
import { withFromYear, withToYear, yearOptions } from '@/features/filters/model/year-options'

describe('yearOptions', () => {
  it.each([
    { years: [2016, 2018], selected: null, expected: ['2016', '2017 (none)', '2018'] },
    {
      years: [2016, 2018],
      selected: { from: 2019, to: 2020 },
      expected: ['2016', '2017 (none)', '2018', '2019 (none)', '2020 (none)'],
    },
    {
      years: [2016],
      selected: { from: 2014, to: 2014 },
      expected: ['2014 (none)', '2015 (none)', '2016'],
    },
    { years: [], selected: null, expected: [] },
  ])('$years with $selected', ({ years, selected, expected }) => {
    expect(
      yearOptions(years, selected).map((o) => (o.hasFigures ? String(o.year) : `${o.year} (none)`)),
    ).toEqual(expected)
  })
})

describe('withFromYear / withToYear keep from ≤ to', () => {
  it.each([
    { current: null, from: 2016, expected: { from: 2016, to: 2016 } },
    { current: { from: 2016, to: 2018 }, from: 2017, expected: { from: 2017, to: 2018 } },
    { current: { from: 2016, to: 2016 }, from: 2018, expected: { from: 2018, to: 2018 } },
    { current: { from: 2016, to: 2018 }, from: null, expected: null },
  ])('from $from on $current', ({ current, from, expected }) => {
    expect(withFromYear(current, from)).toEqual(expected)
  })

  it.each([
    { current: null, to: 2018, expected: { from: 2018, to: 2018 } },
    { current: { from: 2016, to: 2016 }, to: 2018, expected: { from: 2016, to: 2018 } },
    { current: { from: 2018, to: 2018 }, to: 2016, expected: { from: 2016, to: 2016 } },
    { current: { from: 2016, to: 2018 }, to: null, expected: null },
  ])('to $to on $current', ({ current, to, expected }) => {
    expect(withToYear(current, to)).toEqual(expected)
  })
})
