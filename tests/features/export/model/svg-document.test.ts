import { describe, expect, it } from 'vitest'
import type { Language } from '@/domain/translate'
import { buildImageCaption } from '@/features/export/model/image-caption'
import {
  IMAGE_WIDTH,
  buildSvgDocument,
  scaleSvgDocument,
  type ImageBody,
} from '@/features/export/model/svg-document'
import { escapeXml } from '@/features/export/model/xml-text'
import { estimateTextWidth } from '@/features/export/model/text-layout'
import { LINK, NOW, byId, describeBuiltIn } from '../export-fixtures'

function render(lang: Language, id: string, body: ImageBody, overrides: { title?: string } = {}) {
  const { descriptions, t } = describeBuiltIn(lang)
  const d = byId(descriptions, id)
  const caption = buildImageCaption({
    title: overrides.title ?? d.indicatorName.text,
    subtitle: `${d.placeName.text} · ${d.year}`,
    descriptions: [d],
    link: LINK,
    now: NOW,
    lang,
    t,
  })
  const doc = buildSvgDocument({ caption, body, lang })
  const xml = new DOMParser().parseFromString(doc.svg, 'image/svg+xml')
  return { d, t, doc, xml }
}

/** All the words of the image, lines joined by spaces as a reader would. */
function wordsOf(xml: Document): string {
  return [...xml.querySelectorAll('text')]
    .map((el) => el.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
}

const chart: ImageBody = {
  kind: 'chart',
  markup:
    '<text x="10" y="20">at least 2.5 million people</text><rect x="0" y="30" width="200" height="20" fill="#0072b2"/>',
  width: 786,
  height: 300,
}

describe('buildSvgDocument', () => {
  it.each(['en', 'es'] as const)(
    'is well-formed SVG holding title, subtitle, value, coverage, source, every caveat and the link (%s)',
    (lang) => {
      const { d, doc, xml, t } = render(lang, 'migrants-smuggled-world-2016', {
        kind: 'headline',
        value: 'VALUE',
        kindLabel: 'KIND',
      })
      expect(xml.querySelector('parsererror')).toBeNull()
      expect(xml.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg')
      expect(doc.width).toBe(IMAGE_WIDTH)
      const words = wordsOf(xml)
      expect(words).toContain(d.indicatorName.text)
      expect(words).toContain(`${d.placeName.text} · 2016`)
      expect(words).toContain('VALUE')
      expect(words).toContain('KIND')
      expect(words).toContain(d.coverage)
      expect(words).toContain(d.sourceLine)
      for (const caveat of d.caveats)
        expect(words).toContain(`${t(`caveatType.${caveat.type}`)}: ${caveat.text}`)
      expect(words).toContain(LINK)
      expect(words).toContain(
        lang === 'en' ? 'Retrieved on November 27, 2026' : 'Consultado el 27 de noviembre de 2026',
      )
    },
  )

  it('keeps text as text in a generic font, with no external reference', () => {
    const { doc, xml } = render('en', 'smuggling-profits-world-2016', { kind: 'text' })
    expect(xml.documentElement.getAttribute('font-family')).toBe('sans-serif')
    expect(doc.svg).not.toMatch(/<image|href=|@import|url\(http/)
    expect(xml.querySelectorAll('text').length).toBeGreaterThan(10)
  })

  it('embeds the chart and leaves out a figure line whose value the chart already writes', () => {
    const { xml } = render('en', 'migrants-smuggled-world-2016', chart)
    const nested = xml.querySelector('svg > svg')
    expect(nested?.getAttribute('viewBox')).toBe('0 0 786 300')
    expect(nested?.querySelector('rect')?.getAttribute('fill')).toBe('#0072b2')
    expect(wordsOf(xml)).not.toContain(
      'World, 2016: at least 2.5 million people (Lower bound (at least))',
    )
  })

  it('draws the chart’s legend under it: the sample drawing and what it means, as on screen', () => {
    const { xml } = render('en', 'migrants-smuggled-world-2016', chart)
    expect(wordsOf(xml)).toContain(
      'Bar that fades out, with an arrow: a lower bound (“at least”); the true value may be higher.',
    )
    expect(wordsOf(xml)).not.toContain('Solid bar')
    const swatch = xml.querySelector('svg > svg.legend-swatch')
    expect(swatch?.querySelector('linearGradient stop')?.getAttribute('stop-color')).toBe('#0072b2')
    expect(swatch?.querySelector('path')?.getAttribute('d')).toBe('M 32 2 L 38 7 L 32 12')
  })

  it('writes the legend in Spanish in a Spanish image, and none under a headline figure', () => {
    expect(wordsOf(render('es', 'involuntary-returns-caricom-2018', chart).xml)).toContain(
      'Barra sólida: un valor único indicado por la fuente.',
    )
    expect(
      wordsOf(
        render('en', 'involuntary-returns-caricom-2018', {
          kind: 'headline',
          value: '4,323 returns',
          kindLabel: 'Point value',
        }).xml,
      ),
    ).not.toContain('Solid bar')
  })

  it('lists the figures as text when no drawing is available', () => {
    const { xml } = render('en', 'smuggling-profits-world-2016', { kind: 'text' })
    expect(wordsOf(xml)).toContain('World, 2016: US$5.5–7 billion (Range (low to high))')
  })

  it('escapes text that would break the XML', () => {
    const { xml } = render(
      'en',
      'involuntary-returns-caricom-2018',
      { kind: 'text' },
      { title: 'A <b>&</b> "B"\u0007' },
    )
    expect(xml.querySelector('parsererror')).toBeNull()
    expect(xml.querySelector('text')?.textContent).toBe('A <b>&</b> "B"')
    expect(escapeXml('<&>"')).toBe('&lt;&amp;&gt;&quot;')
  })

  it('wraps every line inside the image, including a long address', () => {
    const { xml } = render('es', 'involuntary-returns-caricom-2018', { kind: 'text' })
    for (const el of xml.querySelectorAll('text')) {
      const x = Number(el.getAttribute('x'))
      const size = Number(el.getAttribute('font-size'))
      const lead = el.querySelector('tspan')?.textContent ?? ''
      const rest = (el.textContent ?? '').slice(lead.length)
      const width = estimateTextWidth(lead, size, true) + estimateTextWidth(rest, size, false)
      expect(x + width).toBeLessThanOrEqual(IMAGE_WIDTH - 32 + 1)
    }
  })

  it('gives long lines their length, so a wider sans-serif is squeezed rather than cut off', () => {
    const { xml } = render('en', 'migrants-smuggled-world-2016', { kind: 'text' })
    const fitted = [...xml.querySelectorAll('text[textLength]')]
    expect(fitted.length).toBeGreaterThan(0)
    for (const el of fitted) expect(el.getAttribute('lengthAdjust')).toBe('spacingAndGlyphs')
  })

  it('scales to a larger size without changing the drawing', () => {
    const { doc } = render('en', 'migrants-smuggled-world-2016', chart)
    const scaled = new DOMParser().parseFromString(
      scaleSvgDocument(doc, 2),
      'image/svg+xml',
    ).documentElement
    expect(scaled.getAttribute('width')).toBe(String(doc.width * 2))
    expect(scaled.getAttribute('height')).toBe(String(doc.height * 2))
    expect(scaled.getAttribute('viewBox')).toBe(`0 0 ${doc.width} ${doc.height}`)
  })
})
