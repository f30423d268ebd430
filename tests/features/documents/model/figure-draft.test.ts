import { readDocument } from '@/features/documents/model/read-document'
import {
  draftFromCandidate,
  draftsFileName,
  evidenceQuote,
  quotesNotInDocument,
  MAX_QUOTE,
} from '@/features/documents/model/figure-draft'

const text = `Returns to Jamaica

Kingston - Jamaica received 1,870 involuntary returnees in 2019, most of them from the United States.

${'A very long sentence about the reception of returnees and the many agencies involved, '.repeat(4)}and in 2020 the number of returnees reached 1,100 at the airport, ${'with support from many partners and programmes across the island, '.repeat(3)}the ministry said.`

describe('figure drafts', () => {
  const reading = readDocument(text)
  const [first, second] = reading.candidates.map(draftFromCandidate)

  it('keeps a quote that is word for word in its paragraph, and refuses one that is not', () => {
    expect(quotesNotInDocument([first!, second!], reading)).toEqual([])
    const changed = { ...first!, quote: 'Jamaica received 1870 returnees in 2019.' }
    const moved = { ...first!, paragraph: 2 }
    expect(quotesNotInDocument([changed, moved], reading)).toEqual([changed, moved])
  })

  it('shortens a sentence over 400 characters to the words around the number, still verbatim', () => {
    const long = reading.candidates[1]!
    expect(long.quote.length).toBeGreaterThan(MAX_QUOTE)
    const quote = evidenceQuote(long)
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE)
    expect(quote).toContain('1,100')
    expect(long.quote).toContain(quote)
  })

  it('names the file after the title and the fingerprint', () => {
    expect(draftsFileName({ ...reading.metadata, title: 'Retornos a Haití: 2019' }, 'ab12')).toBe(
      'retornos-a-haiti-2019.sha256-ab12.csv',
    )
  })
})
