import { describe, expect, it } from 'vitest'
import { buildImageCaption } from '@/features/export/model/image-caption'
import { LINK, NOW, byId, describeBuiltIn } from '../export-fixtures'

describe('buildImageCaption', () => {
  it('carries title, subtitle, the figure, coverage, the "Source:" line, every caveat, retrieval and link', () => {
    const { descriptions, t } = describeBuiltIn('en')
    const d = byId(descriptions, 'smuggling-profits-world-2016')
    const caption = buildImageCaption({
      title: 'Profits',
      subtitle: 'World · 2016',
      descriptions: [d],
      link: LINK,
      now: NOW,
      lang: 'en',
      t,
    })
    expect(caption.title).toBe('Profits')
    expect(caption.subtitle).toBe('World · 2016')
    expect(caption.figures).toEqual([
      { text: 'World, 2016: US$5.5–7 billion (Range (low to high))', value: 'US$5.5–7 billion' },
    ])
    expect(caption.coverage).toEqual([{ lead: 'Coverage:', text: d.coverage }])
    expect(caption.sources).toEqual([
      { lead: 'Source:', text: d.sourceLine.replace(/^Source: /, '') },
    ])
    expect(caption.caveatsHeading).toBe('Caveats:')
    expect(caption.caveats).toEqual(
      d.caveats.map((c) => ({ lead: `${t(`caveatType.${c.type}`)}:`, text: c.text })),
    )
    expect(caption.caveats).toHaveLength(6)
    expect(caption.retrieved).toBe(`Retrieved on November 27, 2026 from ${LINK}`)
    expect(caption.label).toBe('Profits, World · 2016')
  })

  it('is written in Spanish for a Spanish view', () => {
    const { descriptions, t } = describeBuiltIn('es')
    const d = byId(descriptions, 'involuntary-returns-caricom-2018')
    const caption = buildImageCaption({
      title: 'Retornos',
      subtitle: 'Caribe · 2018',
      descriptions: [d],
      link: LINK,
      now: NOW,
      lang: 'es',
      t,
    })
    expect(caption.sources[0]!.lead).toBe('Fuente:')
    expect(caption.caveatsHeading).toBe('Advertencias:')
    expect(caption.caveats[0]).toEqual({ lead: 'Cobertura:', text: d.caveats[0]!.text })
    expect(caption.retrieved).toBe(`Consultado el 27 de noviembre de 2026 en ${LINK}`)
    expect(caption.figures[0]!.text).toBe(
      'Caribe (Estados miembros de la CARICOM), 2018: 4323 retornos (Valor puntual)',
    )
  })

  it('lists a caveat shared by several figures once, and names the figures of one that is not shared', () => {
    const { descriptions, t } = describeBuiltIn('en')
    const smuggling = descriptions.filter((d) => d.figure.indicatorId !== 'involuntary-returns')
    const caption = buildImageCaption({
      title: 'Smuggling',
      subtitle: 'World · 2016',
      descriptions: [
        smuggling[0]!,
        { ...smuggling[1]!, placeName: { text: 'Elsewhere', lang: 'en', fallback: false } },
      ],
      link: LINK,
      now: NOW,
      lang: 'en',
      t,
    })
    const yearCaveat = caption.caveats.filter((c) =>
      c.text.startsWith('The document states the year once'),
    )
    expect(yearCaveat).toHaveLength(1)
    expect(yearCaveat[0]!.text).not.toContain('(for ')
    const lowerBound = caption.caveats.find((c) => c.text.startsWith('A lower bound'))
    expect(lowerBound!.text).toMatch(/\(for World, 2016\)$/)
    expect(caption.coverage).toHaveLength(1)
  })

  it('puts the notes of the view of a selected country apart from the caveats', () => {
    const { descriptions, t } = describeBuiltIn('en', ['JAM'])
    const returns = byId(descriptions, 'involuntary-returns-caricom-2018')
    const caption = buildImageCaption({
      title: 'Returns',
      subtitle: 'x',
      descriptions: [returns],
      link: LINK,
      now: NOW,
      lang: 'en',
      t,
    })
    expect(caption.caveats.map((c) => c.text).join(' ')).not.toMatch(/Jamaica/)
    expect(caption.viewNotesHeading).toBe(
      'Notes on this view (about this filter, not caveats of the figures):',
    )
    expect(caption.viewNotes.map((n) => n.text)).toEqual([
      'Shown because Caribbean (CARICOM member states) includes Jamaica (membership as recorded in the data).',
      'Which countries reported is not stated, so whether Jamaica is included is not known.',
      'The data holds no figure for Jamaica alone for this indicator.',
    ])
    expect(caption.origins).toEqual([])
  })
})
