import { describe, expect, it } from 'vitest'
import { cssString, printFrameCss } from '@/features/export/lib/print-frame'
import { translatorFor } from '@/lib/i18n'

const NOW = new Date('2026-11-30T10:00:00Z')
const LINK = 'https://example.org/es/indicator/involuntary-returns?country=JAM'

/** The content of one @page margin box. */
function box(css: string, name: string): string {
  return new RegExp(`@${name} \\{ content: (.*?); font`).exec(css)?.[1] ?? ''
}

describe('printFrameCss', () => {
  it.each([
    [
      'en',
      '"Retrieved on November 30, 2026 · dataset version 2.3.0"',
      '"Page " counter(page) " of " counter(pages)',
    ],
    [
      'es',
      '"Consultado el 30 de noviembre de 2026 · versión de los datos 2.3.0"',
      '"Página " counter(page) " de " counter(pages)',
    ],
  ] as const)(
    'frames every page with the date, the dataset version, the link and the page, in %s',
    (lang, retrieved, page) => {
      const css = printFrameCss({
        link: LINK,
        now: NOW,
        lang,
        t: translatorFor(lang),
        datasetVersion: '2.3.0',
      })
      expect(box(css, 'top-right')).toBe(retrieved)
      expect(box(css, 'bottom-left')).toBe(cssString(LINK))
      expect(box(css, 'bottom-right')).toBe(page)
    },
  )

  it('leaves the version out while it is not known', () => {
    const css = printFrameCss({
      link: LINK,
      now: NOW,
      lang: 'en',
      t: translatorFor('en'),
      datasetVersion: '',
    })
    expect(box(css, 'top-right')).toBe('"Retrieved on November 30, 2026"')
  })
})

describe('cssString', () => {
  it('escapes quotes and backslashes and folds line ends', () => {
    expect(cssString('a "b" \\ c\r\nd')).toBe('"a \\"b\\" \\\\ c d"')
  })
})
