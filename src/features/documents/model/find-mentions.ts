// The numbers of one sentence that state a statistic, with their value, estimate kind, unit and
// currency. Dates, years, durations, session counts, phone numbers, references and list numbers
// are passed over.
import type {
  DocumentLanguage,
  ProposedEstimate,
  ProposedUnit,
} from '@/features/documents/model/candidate-types'
import {
  MAGNITUDE_SOURCE,
  NUMBER_SOURCE,
  magnitudeOf,
  readDigits,
  scaleNumber,
} from '@/features/documents/model/read-number'
import {
  APPROXIMATE,
  LOWER_BOUND,
  MONTH_WORDS,
  NOT_A_FIGURE_AFTER,
  NOT_A_FIGURE_BEFORE,
  RETURN_VERB,
  UNIT_WORDS,
  UPPER_BOUND,
  WEEKDAY_WORDS,
  RETURN_MARK,
  CURRENCY_WORDS_SOURCE,
  NAMED_CURRENCIES,
} from '@/features/documents/model/lexicon'

export interface Mention {
  start: number
  end: number
  text: string
  estimate: ProposedEstimate
  approximate: boolean
  boundWords: string | null
  unit: ProposedUnit | null
  currency: string | null
  currencyNotNamed: boolean
}

const CURRENCY_BEFORE = String.raw`US\s?\$|USD\s?|\$|€`
const MAG = String.raw`(?:${MAGNITUDE_SOURCE})(?![\p{L}])`
const MENTION = new RegExp(
  String.raw`(?<cur>${CURRENCY_BEFORE})?(?<n1>${NUMBER_SOURCE})(?:\s*(?<m1>${MAG}))?` +
    String.raw`(?:(?<sep>\s*[–—]\s*|-|\s+(?:to|and|y|a|al)\s+)(?<cur2>${CURRENCY_BEFORE})?(?<n2>${NUMBER_SOURCE})(?:\s*(?<m2>${MAG}))?)?`,
  'gu',
)
const SINGLE = new RegExp(
  String.raw`(?:${CURRENCY_BEFORE})?(?:${NUMBER_SOURCE})(?:\s*${MAG})?`,
  'uy',
)
const CURRENCY_AFTER = new RegExp(
  String.raw`^\s*(?:de\s+)?(${CURRENCY_WORDS_SOURCE}|US dollars|U\.S\. dollars|dólares estadounidenses|dólares de (?:los )?Estados Unidos|dollars|dólares|USD|euros?|EUR)(?![\p{L}])`,
  'iu',
)
const PERCENT_AFTER = /^\s*(?:%|per ?cent|por ciento)/i
const YEAR = /^(?:19|20)\d\d$/

function words(text: string): string[] {
  return text.split(/[\s,;:()"“”«»]+/).filter(Boolean)
}

function currencyOf(
  before: string | undefined,
  after: string,
): { code: string | null; unnamed: boolean } {
  const b = before?.replace(/\s/g, '')
  if (b === 'US$' || b === 'USD') return { code: 'USD', unnamed: false }
  if (b === '€') return { code: 'EUR', unnamed: false }
  const said = CURRENCY_AFTER.exec(after)?.[1]
  const named = said && NAMED_CURRENCIES.find((c) => c.pattern.test(said))
  if (named) return { code: named.code, unnamed: false }
  // Bare "pesos": whose is decided by the figure's place (read-document).
  if (said && /^pesos$/i.test(said)) return { code: null, unnamed: false }
  const word = said?.toLowerCase()
  if (word && /euro|eur/.test(word)) return { code: 'EUR', unnamed: false }
  if (word && word !== 'dollars' && word !== 'dólares') return { code: 'USD', unnamed: false }
  // "$" or "dollars" alone does not say whose dollars: proposed as US dollars, and flagged.
  if (word || b === '$') return { code: 'USD', unnamed: true }
  return { code: null, unnamed: false }
}

/**
 * The unit from the nouns after the number (up to the next punctuation or number), else from the
 * words before it. A count of people is a count of returns when the clause says they were returned.
 */
function unitOf(after: string, before: string): ProposedUnit | null {
  const window = after.split(/[.;:!?]|\d/)[0] ?? ''
  const clauseBefore = before.split(/[;:]|\d/).pop() ?? ''
  const windowWords = words(window).slice(0, 6)
  const previous = words(clauseBefore).slice(-8).reverse()
  const returned =
    RETURN_VERB.test(window) ||
    RETURN_VERB.test(clauseBefore) ||
    [...windowWords, ...previous].some((w) => RETURN_MARK.test(w))
  for (const word of windowWords) {
    for (const { unit, pattern } of UNIT_WORDS) {
      if (!pattern.test(word)) continue
      return unit === 'persons' && returned ? 'returns' : unit
    }
  }
  for (const word of previous)
    for (const { unit, pattern } of UNIT_WORDS) if (pattern.test(word)) return unit
  return returned ? 'returns' : null
}

const PARTITIVE =
  /^\s*(?:of them|of these|of whom|de ell[oa]s|de est[oa]s|de las cuales|de los cuales)\b/i

/** True when the number is a date, a duration, a reference, a phone number or a list number. */
function isNotAFigure(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start)
  const after = sentence.slice(end)
  if (/[\p{L}\d+#/]$|[\p{L}]-$|\/\s*$/u.test(before) || /^\s*\//.test(after)) return true
  if (/^(?:st|nd|rd|th|º|ª|°)(?![\p{L}])/u.test(after)) return true
  if (start === 0 && /^[.)]\s/.test(after)) return true
  if (NOT_A_FIGURE_BEFORE.test(before)) return true
  const previousWord = words(before).at(-1) ?? ''
  const nextWords = words(after.replace(/^\s*(?:de|of)\s+/i, ' '))
  if (MONTH_WORDS.test(previousWord) || WEEKDAY_WORDS.test(previousWord)) return true
  if (MONTH_WORDS.test(nextWords[0] ?? '')) return true
  if (NOT_A_FIGURE_AFTER.test(words(after)[0] ?? '')) return true
  return false
}

function rangeAllowed(sep: string, before: string): boolean {
  const s = sep.trim()
  if (s === 'and' || s === 'y') return /\b(?:between|entre)\s*(?:US\s?\$|\$)?\s*$/i.test(before)
  if (s === 'a' || s === 'al') return /\b(?:de|desde)\s*(?:US\s?\$|\$)?\s*$/i.test(before)
  return true
}

/**
 * The statistics of one sentence. `earlierUnit` is the unit of the paragraph's last figure before
 * this sentence: "Fewer than 300 of them" counts what the sentence before counted.
 */
export function findMentions(
  sentence: string,
  lang: DocumentLanguage,
  earlierUnit: ProposedUnit | null = null,
): Mention[] {
  const mentions: Mention[] = []
  MENTION.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = MENTION.exec(sentence))) {
    const g = match.groups!
    let start = match.index
    const first = g.n1!
    const before = sentence.slice(0, start)
    let isRange = Boolean(g.n2 && g.sep && rangeAllowed(g.sep, before))
    let end = start + match[0].length
    if (g.n2 && !isRange) {
      // Not a range ("4,000 men and 3,000 women"): take the first number alone and read on.
      SINGLE.lastIndex = start
      end = start + (SINGLE.exec(sentence)?.[0].length ?? first.length)
      MENTION.lastIndex = end
    }
    if (isRange && YEAR.test(first) && YEAR.test(g.n2!)) continue
    if (isNotAFigure(sentence, start, end)) continue
    const after = sentence.slice(end)
    const percent = PERCENT_AFTER.test(after)
    const currency = currencyOf(g.cur ?? g.cur2, after)
    const approach = before.slice(-40)
    const lower = LOWER_BOUND.exec(approach)
    const upper = UPPER_BOUND.exec(approach)
    const approx = APPROXIMATE.exec(approach)
    let unit: ProposedUnit | null = percent
      ? 'percent'
      : currency.code || CURRENCY_AFTER.test(after)
        ? 'currency'
        : unitOf(after, before)
    const m1 = magnitudeOf(g.m1)
    const m2 = isRange ? magnitudeOf(g.m2) : 1
    const nextWord = words(after)[0] ?? ''
    if (
      YEAR.test(first) &&
      !g.m1 &&
      !g.cur &&
      !isRange &&
      !UNIT_WORDS.some((u) => u.pattern.test(nextWord))
    )
      continue
    // A number with no noun of its own counts what the sentence's figure before it counts
    // ("214 cases in 2020 and 186 in 2021"); bounded or partitive, what the paragraph's last one counted.
    if (!unit) unit = mentions.at(-1)?.unit ?? null
    if (!unit && (lower || upper || approx || PARTITIVE.test(after))) unit = earlierUnit
    if (!unit && m1 === 1 && m2 === 1) continue
    const low = scaleNumber(readDigits(first, lang), g.m1 ? m1 : m2)
    const high = isRange ? scaleNumber(readDigits(g.n2!, lang), m2) : low
    if (isRange && !(high > low)) isRange = false
    const estimate: ProposedEstimate = isRange
      ? { kind: 'range', low, high }
      : lower
        ? { kind: 'lower-bound', value: low }
        : upper
          ? { kind: 'upper-bound', value: low }
          : { kind: 'point', value: low }
    const boundWords = (isRange ? null : (lower ?? upper)?.[0]?.trim()) ?? null
    if (isRange) {
      const between = /\b(?:between|entre|de|desde)\s*$/i.exec(before.trimEnd() + ' ')
      if (between) start = before.trimEnd().length - between[0].trim().length
    } else if (boundWords) start = before.trimEnd().length - boundWords.length
    const currencyWords = CURRENCY_AFTER.exec(after)
    const textEnd = end + (currencyWords?.[0].length ?? 0)
    mentions.push({
      start,
      end: textEnd,
      text: sentence.slice(start, textEnd).trim(),
      estimate,
      approximate: Boolean(approx),
      boundWords,
      unit,
      currency: currency.code,
      currencyNotNamed: currency.unnamed,
    })
    if (!g.n2 || isRange) MENTION.lastIndex = end
  }
  return mentions
}
