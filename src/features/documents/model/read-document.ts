// From a document's text to its proposed metadata and candidate figures. Pure: the worker calls it
// off the main thread, the bench and the tests call it directly.
import type {
  Candidate,
  CandidateFlag,
  DocumentReading,
  ProposedUnit,
} from '@/features/documents/model/candidate-types'
import { splitDocument, splitSentences } from '@/features/documents/model/split-document'
import { proposeMetadata } from '@/features/documents/model/propose-metadata'
import { findMentions, type Mention } from '@/features/documents/model/find-mentions'
import { PESO_OF_COUNTRY, SHOWN_CURRENCIES } from '@/features/documents/model/lexicon'
import {
  REGISTERED,
  TIMELESS,
  cutAttribution,
  findCoverage,
  findPlaces,
  findSpeaker,
  findStudy,
  findYear,
  firstYear,
  regionBodyOf,
  undefinedRegion,
  withoutDateline,
} from '@/features/documents/model/figure-context'
import {
  documentWording,
  suggestCaveats,
  type DocumentWording,
} from '@/features/documents/model/suggest-caveats'

const SMUGGLING = /smuggl|traffick|tráfico ilícito|traficantes|coyote/i

/** The dashboard's indicator for a figure, where the wording makes it plain; null leaves the choice to the person. */
function proposeIndicator(unit: ProposedUnit | null, context: string): string | null {
  if (unit === 'returns') return 'involuntary-returns'
  if (!SMUGGLING.test(context)) return null
  if (unit === 'currency') return 'smuggling-profits'
  if (unit === 'persons') return 'migrants-smuggled'
  return null
}

/**
 * The figure's currency: as named, or for bare "pesos" the peso of the figure's place. Money the
 * dashboard cannot show is flagged, since the import will refuse it.
 */
function currencyOf(
  mention: Mention,
  places: { code: string }[],
  flags: CandidateFlag[],
): string | null {
  if (mention.unit !== 'currency') return mention.currency
  let code = mention.currency
  if (!code) {
    code = places.map((p) => PESO_OF_COUNTRY[p.code]).find(Boolean) ?? null
    flags.push(code ? { key: 'currencyFromPlace', values: { code } } : { key: 'currencyUnknown' })
  }
  if (code && !SHOWN_CURRENCIES.includes(code))
    flags.push({ key: 'currencyNotShown', values: { code } })
  return code
}

/** What the whole document says that a figure's own sentence may leave out: its lead's place and year. */
interface DocumentContext {
  text: string
  lang: DocumentReading['metadata']['language']
  leadPlaces: { code: string; text: string }[]
  leadYear: { year: number; text: string } | null
  wording: DocumentWording
  /** The region body a bare "the region" is proposed as ('' when none is named). */
  regionBody: string
  /** The indicator the whole release points to, per unit, when a sentence does not say. */
  smuggling: boolean
}

interface SentenceContext {
  sentence: string
  mentions: Mention[]
  /** Earlier sentences of the same paragraph, first to last. */
  earlier: string[]
  paragraph: string
  textBefore: string
}

type Described = Omit<
  Candidate,
  'id' | 'paragraph' | 'quote' | 'quoteStart' | 'numberStart' | 'numberEnd'
>

function describe(
  mention: Mention,
  index: number,
  s: SentenceContext,
  doc: DocumentContext,
): Described {
  const { sentence, mentions } = s
  const clauseStart = mentions[index - 1]?.end ?? 0
  const clauseEnd = mentions[index + 1]?.start ?? sentence.length
  const coverage = findCoverage(sentence, doc.lang)
  const plain = (text: string) =>
    cutAttribution(coverage ? text.replace(coverage.statement, ' ') : text)
  const clause = plain(sentence.slice(clauseStart, clauseEnd))
  // The place: the figure's clause, its sentence, the sentences before it, then the release's lead.
  const searched = [clause, plain(sentence), ...[...s.earlier].reverse().map(plain)]
  let places = searched.map(findPlaces).find((p) => p.length > 0) ?? []
  const flags: CandidateFlag[] = []
  const region = places.length === 0 ? undefinedRegion(plain(sentence), doc.regionBody) : null
  if (region !== null) {
    flags.push({ key: 'regionUndefined' })
    const said = /\b(?:the|la) regi[oó]n\b/i.exec(sentence)?.[0] ?? region
    if (region) places = [{ code: region, text: said }]
  } else if (places.length === 0) places = doc.leadPlaces
  if (places.length === 0) flags.push({ key: 'noPlace' })

  let year = findYear(sentence, mention.end, clauseEnd)
  if (!year && !TIMELESS.test(sentence)) {
    const earlierYear = [...s.earlier]
      .reverse()
      .map((e) => firstYear(e))
      .find(Boolean)
    const fallback = earlierYear ?? doc.leadYear
    if (fallback) year = { ...fallback, inClause: true }
  }
  const yearShared = Boolean(year && !year.inClause && mentions.length > 1)
  if (!year) flags.push({ key: 'noPeriod' })
  if (yearShared) flags.push({ key: 'yearSharedInSentence' })
  if (mention.currencyNotNamed) flags.push({ key: 'currencyNotNamed' })
  const currency = currencyOf(mention, places, flags)
  if (mention.approximate) flags.push({ key: 'approximate' })
  return {
    valueText: mention.text,
    estimate: mention.estimate,
    approximate: mention.approximate,
    unit: mention.unit,
    currency,
    year: year?.year ?? null,
    periodText: year?.text ?? null,
    places,
    coverage,
    quotedPerson: findSpeaker(sentence, s.textBefore),
    originalStudy: findStudy(sentence),
    // The sentence and those before it say what is counted; failing that, the whole release.
    indicatorId:
      proposeIndicator(mention.unit, `${sentence} ${s.earlier.join(' ')}`) ??
      (doc.smuggling ? proposeIndicator(mention.unit, 'smuggling') : null),
    caveats: suggestCaveats({
      mention,
      paragraph: s.paragraph,
      wording: doc.wording,
      coverage,
      registered: REGISTERED.test(sentence),
      regionUndefined: region !== null,
      placeCodes: places.map((p) => p.code),
      yearShared,
    }),
    flags,
  }
}

/** Reads a document's text: its metadata and every statistical statement as a candidate figure. */
export function readDocument(raw: string): DocumentReading {
  const document = splitDocument(raw)
  const metadata = proposeMetadata(document)
  const lead = withoutDateline(document.paragraphs[0]?.text ?? '')
  const doc: DocumentContext = {
    text: document.text,
    lang: metadata.language,
    leadPlaces: findPlaces(lead).length > 0 ? findPlaces(lead) : findPlaces(metadata.title),
    leadYear: firstYear(lead),
    wording: documentWording(document.text),
    regionBody: regionBodyOf(document.text),
    smuggling: SMUGGLING.test(document.text),
  }
  const candidates: Candidate[] = []
  let textBefore = document.headings.join('\n')
  for (const paragraph of document.paragraphs) {
    const sentences = splitSentences(
      paragraph.number === 1 ? withoutDateline(paragraph.text) : paragraph.text,
    )
    let earlierUnit: ProposedUnit | null = null
    sentences.forEach((sentence, s) => {
      // Offsets are the same in the paragraph with and without its dateline (blanked, not cut);
      // the quote is the paragraph's own words, dateline included.
      const end = sentence.start + sentence.text.length
      const start = s === 0 ? 0 : sentence.start
      const quote = paragraph.text.slice(start, end)
      const mentions = findMentions(sentence.text, metadata.language, earlierUnit)
      const context: SentenceContext = {
        sentence: sentence.text,
        mentions,
        earlier: sentences.slice(0, s).map((x) => x.text),
        paragraph: paragraph.text,
        textBefore: textBefore + '\n' + paragraph.text.slice(0, sentence.start),
      }
      mentions.forEach((mention, i) => {
        candidates.push({
          id: `p${paragraph.number}-s${s + 1}-n${i + 1}`,
          paragraph: paragraph.number,
          quote,
          quoteStart: start,
          numberStart: sentence.start + mention.start,
          numberEnd: sentence.start + mention.end,
          ...describe(mention, i, context, doc),
        })
      })
      earlierUnit = mentions.at(-1)?.unit ?? earlierUnit
    })
    textBefore += '\n' + paragraph.text
  }
  return { document, metadata, candidates }
}
