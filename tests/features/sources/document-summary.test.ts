// Fixture: the built-in dataset (public/data/v1/dataset.json, read from the two IOM press
// releases in shared/seeds) plus small variations of its first document written out below.
import { describe, expect, it } from 'vitest'
import { builtInDataset } from '@mocks/fixtures'
import { indexDataset } from '@/domain/dataset-index'
import type { Organisation, SourceDocument } from '@/domain/dataset-schema'
import { parseDataset } from '@/domain/validate-dataset'
import { translatorFor } from '@/lib/i18n'
import {
  describeDocument,
  formatDocumentCitation,
  organisationLabel,
  summarizeDocuments,
} from '@/features/sources/model/document-summary'

function builtIn() {
  const parsed = parseDataset(builtInDataset())
  if (!parsed.ok) throw new Error('the built-in dataset does not parse')
  return parsed.data
}

const en = translatorFor('en')
const es = translatorFor('es')
const first = builtIn().documents[0]!

describe('describeDocument', () => {
  it.each([
    ['no date', { publishedDate: null }, 'en', 'date', 'date not stated'],
    ['no date, Spanish', { publishedDate: null }, 'es', 'date', 'fecha no indicada'],
    ['a date', { publishedDate: '2020-08-27' }, 'en', 'date', 'August 27, 2020'],
    ['a date, Spanish', { publishedDate: '2020-08-27' }, 'es', 'date', '27 de agosto de 2020'],
    ['no address', { url: null }, 'en', 'address', 'address not given'],
    ['an address', { url: 'https://example.org/pr' }, 'en', 'address', 'https://example.org/pr'],
    ['no place', { place: null }, 'en', 'place', 'place not stated'],
    ['no copy', { copy: undefined }, 'en', 'copy', 'not recorded'],
    ['the kind', {}, 'es', 'kind', 'Comunicado de prensa'],
    ['the language', {}, 'es', 'language', 'Inglés'],
  ] as const)('words %s', (_case, patch, lang, field, expected) => {
    const doc: SourceDocument = { ...first, ...patch }
    expect(describeDocument(doc, lang, lang === 'en' ? en : es)[field]).toBe(expected)
  })

  it('gives the title as published when the interface shows a translation', () => {
    expect(describeDocument(first, 'es', es).originalTitle).toBe(first.title.en)
    expect(describeDocument(first, 'en', en).originalTitle).toBeNull()
  })
})

describe('formatDocumentCitation', () => {
  it('cites the first document with "date not stated", no address, its copy and the dataset version', () => {
    expect(formatDocumentCitation(first, '1.0.0', 'en', en)).toBe(
      'International Organization for Migration (IOM). “Governments and Civil Organizations Exchange Techniques to Combat Migrants Smuggling in Times of COVID-19”. ' +
        'Press release, San José, date not stated. No address given. Copy read: 000_6326d2f131bc91fe.txt (first document). ' +
        "Figures as recorded in this dashboard's dataset, version 1.0.0.",
    )
  })

  it('cites in Spanish with the title as published, not the translation', () => {
    const text = formatDocumentCitation(first, '1.0.0', 'es', es)
    expect(text).toContain(`«${first.title.en}»`)
    expect(text).toContain('Comunicado de prensa, San José, fecha no indicada.')
    expect(text).not.toContain('título traducido')
  })

  it('gives the address when there is one', () => {
    expect(
      formatDocumentCitation({ ...first, url: 'https://example.org/pr' }, '1.0.0', 'en', en),
    ).toContain('Available at https://example.org/pr.')
  })
})

describe('organisationLabel', () => {
  const org = (name: Organisation['name'], abbreviation?: string): Organisation => ({
    id: 'x',
    name,
    documentIds: [],
    ...(abbreviation ? { abbreviation } : {}),
  })
  it.each([
    [
      'adds the abbreviation',
      org({ en: 'International Organization for Migration' }, 'IOM'),
      'en',
      'International Organization for Migration (IOM)',
    ],
    [
      'keeps a Spanish name that carries its own',
      org({ es: 'Organización Internacional para las Migraciones (OIM)' }, 'IOM'),
      'es',
      'Organización Internacional para las Migraciones (OIM)',
    ],
    [
      'does not repeat a name that is the abbreviation',
      org({ en: 'INTERPOL' }, 'INTERPOL'),
      'en',
      'INTERPOL',
    ],
    [
      'has nothing to add without one',
      org({ en: 'Government of Antigua and Barbuda' }),
      'en',
      'Government of Antigua and Barbuda',
    ],
    [
      'marks a name only in the other language',
      org({ en: 'Caribbean Community' }, 'CARICOM'),
      'es',
      'Caribbean Community [en] (CARICOM)',
    ],
  ] as const)('%s', (_case, organisation, lang, expected) => {
    expect(organisationLabel(organisation, lang)).toBe(expected)
  })
})

describe('summarizeDocuments', () => {
  const summaries = summarizeDocuments(indexDataset(builtIn()), 'en')

  it.each([
    [
      'iom-2020-smuggling-webinars',
      ['migrants-smuggled-world-2016', 'smuggling-profits-world-2016'],
      3,
      6,
    ],
    ['iom-2020-caribbean-returnees', ['involuntary-returns-caricom-2018'], 6, 7],
  ])(
    'gives %s its figures, people and organisations',
    (docId, figureIds, people, organisations) => {
      const summary = summaries.find((s) => s.doc.id === docId)!
      expect(summary.figures.map((f) => f.id)).toEqual(figureIds)
      expect(summary.people).toHaveLength(people)
      expect(summary.organisations).toHaveLength(organisations)
    },
  )

  it('says which figures a person is quoted stating', () => {
    const flynn = summaries[0]!.people.find((p) => p.person.id === 'melissa-flynn')!
    expect(flynn.statesFigureIds).toEqual([
      'migrants-smuggled-world-2016',
      'smuggling-profits-world-2016',
    ])
    expect(flynn.organisation).toBe('United Nations Office on Drugs and Crime (UNODC)')
  })
})
