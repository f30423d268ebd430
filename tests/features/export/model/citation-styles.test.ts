// Each reference in every style, both languages; BibTeX and RIS read back with small parsers of
// their grammar (braces balanced, one field per line; "XX  - value" tags from TY to ER).
import { describe, expect, it } from 'vitest'
import { buildReferences, type Reference } from '@/features/export/model/references'
import { bibtexText, formatReference } from '@/features/export/model/citation-styles'
import type { Language } from '@/domain/translate'
import { LINK, NOW, byId, describeBuiltIn } from '../export-fixtures'
import { parseBibtex, parseRis } from '@tests/helpers/report-formats'

function references(lang: Language) {
  const { descriptions, t } = describeBuiltIn(lang)
  const refs = buildReferences({
    title: 'Migrants smuggled',
    subtitle: 'World · 2016',
    descriptions: [
      byId(descriptions, 'migrants-smuggled-world-2016'),
      byId(descriptions, 'smuggling-profits-world-2016'),
      byId(descriptions, 'involuntary-returns-caricom-2018'),
    ],
    link: LINK,
    now: NOW,
    lang,
    t,
    datasetVersion: '1.0.0',
  })
  return { refs, t }
}

describe('references and citation styles', () => {
  it('one entry for the view and one per source document', () => {
    const { refs } = references('en')
    expect(refs.map((r) => r.kind)).toEqual(['view', 'document', 'document'])
    expect(refs[0]).toMatchObject({ url: LINK, version: '1.0.0', accessed: '2026-11-27' })
    // The two smuggling figures share a document and a study: named once.
    expect(refs[1]!.note).toBe(
      'Original producer: UNODC Global Study, cited as "the Global Study of our Office".',
    )
  })

  it.each(['en', 'es'] as const)(
    'BibTeX (%s) parses, keys are unique, organisations kept whole',
    (lang) => {
      const { refs, t } = references(lang)
      const parsed = refs.map((r) => parseBibtex(formatReference(r, 'bibtex', t)))
      expect(new Set(parsed.map((p) => p.key)).size).toBe(refs.length)
      for (const p of parsed) expect(p.key).toMatch(/^[a-z0-9-]+[a-z0-9]$/)
      expect(parsed[0]!.fields).toMatchObject({
        version: '1.0.0',
        url: LINK,
        urldate: '2026-11-27',
        language: lang === 'es' ? 'spanish' : 'english',
      })
      expect(parsed[2]!.fields).toMatchObject({
        author: '{International Organization for Migration (IOM)}',
        year: '2020',
        date: '2020-08-27',
      })
      // A document without a date has no year rather than an invented one.
      expect(parsed[1]!.fields.year).toBeUndefined()
    },
  )

  it.each(['en', 'es'] as const)('RIS (%s) parses with type, access date and version', (lang) => {
    const { refs, t } = references(lang)
    const [view, smuggling, returns] = refs.map((r) => parseRis(formatReference(r, 'ris', t)))
    expect(view!.TY).toEqual(['DATA'])
    expect(view).toMatchObject({ TY: ['DATA'], ET: ['1.0.0'], UR: [LINK], Y2: ['2026/11/27'] })
    expect(smuggling).toMatchObject({ TY: ['PRESS'], CY: ['San José'] })
    expect(smuggling!.PY).toBeUndefined()
    expect(returns).toMatchObject({ PY: ['2020'], DA: ['2020/08/27'], LA: [lang] })
  })

  it('APA 7 and Chicago in English and Spanish', () => {
    const en = references('en')
    const es = references('es')
    const style = (
      r: { refs: Reference[]; t: (typeof en)['t'] },
      i: number,
      s: 'apa' | 'chicago',
    ) => formatReference(r.refs[i]!, s, r.t)
    expect(style(en, 2, 'apa')).toBe(
      'International Organization for Migration (IOM). (2020, August 27). IOM emphasizes the need for holistic approaches to reception and reintegration of returnees to the Caribbean at capacity-building sessions [Press release].',
    )
    expect(style(en, 1, 'apa')).toContain('(n.d.)')
    expect(style(es, 1, 'apa')).toContain('(s. f.)')
    expect(style(es, 2, 'apa')).toContain('(2020, 27 de agosto)')
    expect(style(en, 0, 'apa')).toBe(
      `Migration statistics: smuggling and forced returns. (2026). Migrants smuggled (World · 2016) (Version 1.0.0) [Data set]. Retrieved November 27, 2026, from ${LINK}`,
    )
    expect(style(es, 0, 'apa')).toContain(
      '(Versión 1.0.0) [Conjunto de datos]. Recuperado el 27 de noviembre de 2026, de',
    )
    expect(style(en, 1, 'chicago')).toMatch(/Press release, San José, n\.d\.$/)
    expect(style(en, 0, 'chicago')).toContain(`Accessed November 27, 2026. ${LINK}.`)
    expect(style(es, 2, 'chicago')).toContain(
      'Comunicado de prensa, Georgetown, 27 de agosto de 2020.',
    )
  })

  it('escapes what LaTeX reads as commands', () => {
    expect(bibtexText('50% of A & B_c {x} #1 $')).toBe('50\\% of A \\& B\\_c \\{x\\} \\#1 \\$')
  })
})
