import { describe, expect, it } from 'vitest'
import { buildCitation, buildDatasetCitation, citeSources } from '@/features/export/model/citation'
import { LINK, NOW, byId, describeBuiltIn } from '../export-fixtures'

describe('buildCitation', () => {
  it('is a ready sentence: title, producer, document, publisher, date, retrieval date and link (English)', () => {
    const { descriptions, t } = describeBuiltIn('en')
    const d = byId(descriptions, 'migrants-smuggled-world-2016')
    expect(
      buildCitation({
        title: 'Migrants smuggled',
        subtitle: 'World · 2016',
        descriptions: [d],
        link: LINK,
        now: NOW,
        lang: 'en',
        t,
      }),
    ).toBe(
      'Migrants smuggled (World · 2016). Original producer: UNODC Global Study, cited as "the Global Study of our Office"; ' +
        'published in International Organization for Migration (IOM), “Governments and Civil Organizations Exchange ' +
        'Techniques to Combat Migrants Smuggling in Times of COVID-19” (San José, date not stated). ' +
        `Retrieved on November 27, 2026 from ${LINK}.`,
    )
  })

  it('says so in Spanish, with the Spanish date and quotation marks', () => {
    const { descriptions, t } = describeBuiltIn('es')
    const d = byId(descriptions, 'involuntary-returns-caricom-2018')
    const citation = buildCitation({
      title: 'Retornos involuntarios registrados',
      subtitle: 'Caribe · 2018',
      descriptions: [d],
      link: LINK,
      now: NOW,
      lang: 'es',
      t,
    })
    expect(citation).toBe(
      'Retornos involuntarios registrados (Caribe · 2018). Productor original: no indicado; publicado en ' +
        'International Organization for Migration (IOM), «La OIM destaca la necesidad de enfoques integrales para la ' +
        'recepción y reintegración de personas retornadas al Caribe en sesiones de fortalecimiento de capacidades ' +
        `(título traducido)» (Georgetown, 27 de agosto de 2020). Consultado el 27 de noviembre de 2026 en ${LINK}.`,
    )
  })

  it('names each distinct source once when several figures share one', () => {
    const { descriptions, t } = describeBuiltIn('en')
    expect(citeSources(descriptions, t)).toHaveLength(2)
  })

  it('cites the full dataset with its version and every source', () => {
    const { descriptions, t } = describeBuiltIn('en')
    const citation = buildDatasetCitation({
      version: '1.0.0',
      descriptions,
      link: LINK,
      now: NOW,
      lang: 'en',
      t,
    })
    expect(citation).toMatch(
      /^Migration statistics: smuggling and forced returns, full dataset, version 1\.0\.0\. /,
    )
    expect(citation).toContain('(San José, date not stated)')
    expect(citation).toContain('(Georgetown, August 27, 2020)')
    expect(citation).toMatch(
      /Retrieved on November 27, 2026 from https:\/\/stats\.example\.org\/.*\.$/,
    )
  })
})
