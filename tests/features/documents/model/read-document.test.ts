// The seed releases (read from ../shared/seeds, never copied) must give back the three built-in
// figures with their kinds, units, years, places, coverage, speakers and evidence sentences; the
// labelled corpus must meet the bench's targets.
import { builtInDataset } from '@mocks/fixtures'
import { readDocument } from '@/features/documents/model/read-document'
import { readSeedDocuments } from '@tests/features/documents/seed-documents'
import { readCorpus, scoreCorpus } from '@scripts/lib/extraction-corpus'

const dataset = builtInDataset()
const [smuggling, returnees] = readSeedDocuments().map(readDocument)
const figure = (id: string) => dataset.figures.find((f) => f.id === id)!

describe('the seed releases', () => {
  it('proposes exactly the three built-in figures, nothing else', () => {
    expect(smuggling!.candidates.map((c) => c.valueText)).toEqual([
      'at least 2.5 million',
      'between 5.5 and 7 billion dollars',
    ])
    expect(returnees!.candidates.map((c) => c.valueText)).toEqual(['4,323'])
  })

  it.each([
    ['migrants-smuggled-world-2016', 0, 0],
    ['smuggling-profits-world-2016', 0, 1],
    ['involuntary-returns-caricom-2018', 1, 0],
  ])('%s: kind, value, unit, year, place and evidence as in the built-in data', (id, doc, n) => {
    const built = figure(id)
    const c = [smuggling!, returnees!][doc]!.candidates[n]!
    expect(c.estimate).toEqual(built.estimate)
    expect(c.unit).toBe(built.unit)
    expect(c.currency ?? undefined).toBe(built.currency)
    expect(c.year).toBe(built.year)
    expect(c.places[0]?.code).toBe(built.geographyCode)
    expect(c.paragraph).toBe(built.evidence.paragraph)
    expect(c.quote).toContain(built.evidence.quote)
    expect(c.indicatorId).toBe(built.indicatorId)
  })

  it('reads who said it, the study cited, the coverage and the flags', () => {
    const [people, profits] = smuggling!.candidates
    expect(people).toMatchObject({
      quotedPerson: 'Melissa Flynn',
      originalStudy: 'Global Study of our Office',
    })
    expect(profits!.flags.map((f) => f.key)).toContain('currencyNotNamed')
    expect(profits!.caveats.map((c) => c.type)).toEqual(
      expect.arrayContaining(['estimate-method', 'coverage', 'terminology']),
    )
    const [returns] = returnees!.candidates
    expect(returns).toMatchObject({
      quotedPerson: 'Michael Jones',
      coverage: { statement: 'data was collected from only seven Caribbean countries', count: 7 },
    })
    expect(returns!.flags.map((f) => f.key)).toContain('regionUndefined')
    expect(returns!.caveats.map((c) => c.type)).toEqual([
      'coverage',
      'definition',
      'definition',
      'terminology',
    ])
  })

  it('proposes the metadata: title, publisher, place, date as written or not stated', () => {
    expect(smuggling!.metadata).toMatchObject({
      title: dataset.documents[0]!.title.en,
      publisher: 'International Organization for Migration (IOM)',
      place: 'San José',
      dateText: null,
      language: 'en',
    })
    expect(returnees!.metadata).toMatchObject({
      place: 'Georgetown',
      dateText: '27 / 08 / 2020',
      date: '2020-08-27',
    })
  })

  it('points the evidence at the sentence inside its paragraph', () => {
    const c = returnees!.candidates[0]!
    const paragraph = returnees!.document.paragraphs[c.paragraph - 1]!.text
    expect(paragraph.slice(c.quoteStart, c.quoteStart + c.quote.length)).toBe(c.quote)
    expect(paragraph.slice(c.numberStart, c.numberEnd)).toBe('4,323')
  })
})

describe('the labelled corpus', () => {
  it('holds at least 20 documents and 60 figures, in English and Spanish', () => {
    const corpus = readCorpus()
    expect(corpus.length).toBeGreaterThanOrEqual(20)
    expect(corpus.flatMap((d) => d.figures).length).toBeGreaterThanOrEqual(60)
    expect(new Set(corpus.map((d) => readDocument(d.text).metadata.language))).toEqual(
      new Set(['en', 'es']),
    )
  })

  it('meets the targets: recall ≥ 0.9, precision ≥ 0.85, estimate kind ≥ 0.95', () => {
    const score = scoreCorpus(readCorpus())
    expect(score.recall).toBeGreaterThanOrEqual(0.9)
    expect(score.precision).toBeGreaterThanOrEqual(0.85)
    expect(score.kind).toBeGreaterThanOrEqual(0.95)
  })
})
