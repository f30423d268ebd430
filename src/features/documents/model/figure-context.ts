// What surrounds a number: its period, its place, its coverage, who said it and which study it
// comes from. Each reads the figure's own clause first, then its sentence, then the sentences before.
import { PLACES, REGION_BODIES, UNDEFINED_REGION } from '@/features/documents/model/lexicon'
import { COUNT_WORD_SOURCE, readCount } from '@/features/documents/model/read-number'
import type { DocumentLanguage } from '@/features/documents/model/candidate-types'

/** Where an attribution starts ("according to", "mentioned", ", dijo"): places after it name the speaker's office. */
const ATTRIBUTION =
  /\b(?:according to|mentioned|said|stated|explained|added|noted|según|de acuerdo con|dijo|afirmó|señaló|explicó|indicó|añadió|agregó|mencionó|informó)\b/i

export function cutAttribution(text: string): string {
  const m = ATTRIBUTION.exec(text)
  // An attribution at the start ("He further noted that ...") introduces the statement itself.
  return m && m.index > 25 ? text.slice(0, m.index) : text
}

const COUNT = `(${COUNT_WORD_SOURCE})`
const COVERAGE_PATTERNS = [
  new RegExp(
    String.raw`(?:(?:data|information|figures?) (?:was|were) )?(?:collected|reported|provided|gathered|compiled)? ?(?:from|by|in) (?:only |just )?${COUNT} (?:[\p{Lu}][\p{L}]+ )?(?:countries|states|agencies|governments)`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:(?:datos|información|cifras) )?(?:(?:se )?(?:recopilad[oa]s|recopilaron|reportad[oa]s|recogid[oa]s|proporcionad[oa]s) )?(?:en|de|por) (?:solo |sólo |apenas )?${COUNT} (?:países|estados|agencias|gobiernos)(?: (?:del|de la|de) [\p{Lu}][\p{L}]+)?`,
    'iu',
  ),
]

export function findCoverage(
  sentence: string,
  lang: DocumentLanguage,
): { statement: string; count: number | null } | null {
  for (const pattern of COVERAGE_PATTERNS) {
    const m = pattern.exec(sentence)
    if (m) return { statement: m[0].trim(), count: readCount(m[1]!, lang) }
  }
  return null
}

export const REGISTERED = /\b(?:registered|recorded|registrad[oa]s|registr[oó]|registraron)\b/i

/** Places named as where people came from ("from Mexico", "31.200 de los Estados Unidos") are origins, not the figure's place. */
const ORIGIN_BEFORE =
  /(?:\bfrom|\bdesde|\bprocedentes de|\bprocedían de|\bprovenientes de|\d\s+de)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?$/i

export function findPlaces(text: string): { code: string; text: string }[] {
  const found: { code: string; text: string; at: number }[] = []
  for (const { code, pattern } of PLACES) {
    pattern.lastIndex = 0
    for (const m of text.matchAll(pattern)) {
      // "the Caribbean" inside "Latin America and the Caribbean" is the larger region only.
      if (found.some((f) => m.index >= f.at && m.index < f.at + f.text.length)) continue
      if (ORIGIN_BEFORE.test(text.slice(0, m.index))) continue
      if (!found.some((f) => f.code === code)) found.push({ code, text: m[0], at: m.index })
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ code, text }) => ({ code, text }))
}

/** The dateline ("San José - ", "Ciudad de Panamá - ") names where the release was issued, not a figure's place. */
export function withoutDateline(text: string): string {
  return text.replace(/^[\p{Lu}][\p{L}.' ]{1,40}?(?:,\s*[\p{L} ]{2,30})?\s+[-–—]\s/u, (m) =>
    ' '.repeat(m.length),
  )
}

/** "the region" with no name: proposed as the region of a body the document names, and flagged. */
export function undefinedRegion(text: string, regionBody: string): string | null {
  return UNDEFINED_REGION.test(text) ? regionBody : null
}

/** The first region-defining body the document names (CARICOM, RCM); '' when none. */
export function regionBodyOf(documentText: string): string {
  return REGION_BODIES.find((b) => b.pattern.test(documentText))?.code ?? ''
}

const YEAR_IN_TEXT =
  /\b(?:(?:fiscal year|FY|año fiscal|ejercicio fiscal)\s*)?((?:19|20)\d\d)(?:(?:\s*[-–/]\s*|\s+(?:and|y)\s+)((?:19|20)?\d\d))?\b/gi

const COMPARED_OR_SINCE =
  /\b(?:over|than|since|compared (?:with|to)|desde|frente a|respecto (?:a|de|del)|comparación con)\s+(?:(?:the same \w+ of|el mismo \w+ de(?:l)?)\s+)?$/i

/**
 * A sentence that states a present state or a recurring rate ("live abroad", "cross every month")
 * and names no year of its own: the year of the sentences before it is not its period.
 */
export const TIMELESS =
  /\b(?:every|each|per|a) (?:day|week|month|year)\b|\b(?:cada|por) (?:día|semana|mes|año)\b|\bal (?:día|mes|año)\b|\b(?:live|lives|reside|resides|currently|nowadays|viven|vive|residen|actualmente|hoy en día)\b/i

/** The first year a text names (a lead paragraph's), for figures whose own sentence names none. */
export function firstYear(text: string): { year: number; text: string } | null {
  const m = findYear(text, 0, text.length)
  return m && { year: m.year, text: m.text }
}

/** The year nearest after the number in the clause, else in the sentence, else the last before it. */
export function findYear(
  sentence: string,
  numberEnd: number,
  clauseEnd: number,
): { year: number; text: string; inClause: boolean } | null {
  const years = [...sentence.matchAll(YEAR_IN_TEXT)].filter(
    // A year inside a name ("Work Plan 2019-2025", "COVID-19") is no period; nor is the year a
    // figure is compared with ("40% over 2021") or counted from ("desde 2021").
    (m) =>
      (!/[\p{L}]-?$/u.test(sentence.slice(0, m.index)) ||
        /\b(?:in|en|FY|year|año)\s*$/i.test(sentence.slice(0, m.index))) &&
      !COMPARED_OR_SINCE.test(sentence.slice(0, m.index)),
  )
  const pick = (m: RegExpMatchArray, inClause: boolean) => {
    const end = m[2] ? Number(m[2].length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]) : Number(m[1])
    return { year: end, text: m[0].trim(), inClause }
  }
  const afterNumber = years.filter((m) => m.index >= numberEnd)
  const inClause = afterNumber.find((m) => m.index < clauseEnd)
  if (inClause) return pick(inClause, true)
  const beforeNumber = years.filter((m) => m.index < numberEnd)
  if (beforeNumber.length > 0) return pick(beforeNumber.at(-1)!, true)
  return afterNumber[0] ? pick(afterNumber[0], false) : null
}

const NAME = String.raw`[\p{Lu}][\p{Ll}]+(?:[ -](?:de |del |la )?[\p{Lu}][\p{Ll}]+){1,3}`
const VERB = String.raw`said|mentioned|noted|explained|added|stated|declared|reported|highlighted|emphasized|emphasised|indicated|warned|dijo|afirmó|señaló|explicó|indicó|añadió|agregó|declaró|destacó|mencionó|informó|subrayó|advirtió`
const NAME_THEN_VERB = new RegExp(
  String.raw`(${NAME})(?:,[^,]{3,160},)?\s+(?:also\s+|further\s+|then\s+)?(?:${VERB})\b`,
  'gu',
)
const VERB_THEN_NAME = new RegExp(
  String.raw`\b(?:${VERB}|according to|según)\s+(?:(?:Lt|Col|Hon|Dr|Mr|Ms|Mrs|Sr|Sra)\.\s+)*(${NAME})`,
  'gu',
)
const PRONOUN_SPEAKER = new RegExp(
  String.raw`^(?:He|She|Él|Ella|[A-Z]{1,3} [\p{Lu}][\p{Ll}]+)\s+(?:also\s+|further\s+)?(?:${VERB})\b`,
  'u',
)

/** Names stated as speaking in a text, in order. */
export function speakersIn(text: string): { name: string; at: number }[] {
  const found: { name: string; at: number }[] = []
  for (const pattern of [NAME_THEN_VERB, VERB_THEN_NAME])
    for (const m of text.matchAll(pattern)) found.push({ name: m[1]!, at: m.index })
  return found.sort((a, b) => a.at - b.at)
}

/**
 * Who states the figure: a name in the sentence, or, when the sentence says "He noted" or
 * "ED Jones noted", the last speaker named before it (by their full name where one was given).
 */
export function findSpeaker(sentence: string, textBefore: string): string | null {
  const own = speakersIn(sentence)[0]?.name
  if (own) return own
  if (!PRONOUN_SPEAKER.test(sentence)) return null
  return speakersIn(textBefore).at(-1)?.name ?? null
}

const STUDY = new RegExp(
  String.raw`(?:according to|based on|cited in|published in|según|de acuerdo con)(?: (?:figures|data|estimates|cifras|datos|estimaciones) (?:from|of|in|de|del))?(?: (?:the|el|la|los))? ((?:[\p{Lu}][\p{L}]*\s+){0,4}(?:Study|Report|Survey|Census|Monitor|Yearbook|Informe|Estudio|Encuesta|Censo|Anuario|Global Study|Matrix|Tracking Matrix)(?:\s+[\p{Lu}][\p{L}]+){0,3}(?:\s+(?:of|on|de|del|sobre)(?:\s+(?:our|the|la|el|los))?\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*){0,3})`,
  'u',
)

/** The original study the document cites for the figure ("the Global Study of our Office"). */
export function findStudy(sentence: string): string | null {
  return STUDY.exec(sentence)?.[1]?.trim() ?? null
}
