import { describe, expect, it } from 'vitest'
import { exportFileName, isoDay } from '@/features/export/model/file-name'
import { NOW, byId, describeBuiltIn } from '../export-fixtures'

const { descriptions } = describeBuiltIn('en')
const smuggled = byId(descriptions, 'migrants-smuggled-world-2016')
const returns = byId(descriptions, 'involuntary-returns-caricom-2018')

describe('exportFileName', () => {
  it('says what and when: indicator, geography, years and the export date', () => {
    expect(
      exportFileName({
        stem: 'migrants-smuggled',
        descriptions: [smuggled],
        now: NOW,
        extension: 'csv',
      }),
    ).toBe('migrants-smuggled_001_2016_2026-11-27.csv')
  })

  it.each([
    [
      'two places and a span of years',
      [smuggled, returns],
      'png',
      undefined,
      'figures_001-caricom_2016-2018_2026-11-27.png',
    ],
    [
      'a variant such as the print size',
      [returns],
      'png',
      'print',
      'figures_caricom_2018_print_2026-11-27.png',
    ],
    ['no figures at all', [], 'xlsx', undefined, 'figures_2026-11-27.xlsx'],
  ] as const)('names a file for %s', (_name, shown, extension, variant, expected) => {
    expect(
      exportFileName({ stem: 'figures', descriptions: [...shown], now: NOW, extension, variant }),
    ).toBe(expected)
  })

  it('summarises many places instead of listing them', () => {
    const many = ['AAA', 'BBB', 'CCC', 'DDD'].map((code) => ({
      ...smuggled,
      figure: { ...smuggled.figure, geographyCode: code },
    }))
    expect(exportFileName({ stem: 'x', descriptions: many, now: NOW, extension: 'csv' })).toBe(
      'x_4-places_2016_2026-11-27.csv',
    )
  })

  it('falls back to a generic stem when the given one has no safe characters', () => {
    expect(
      exportFileName({ stem: '***', descriptions: [smuggled], now: NOW, extension: 'svg' }),
    ).toBe('figures_001_2016_2026-11-27.svg')
  })

  it('uses the local calendar day of the given clock', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
