// The document's own description, proposed for the person to correct: title, publisher, place,
// date as written (or not stated), address and language.
import type {
  DocumentLanguage,
  ProposedMetadata,
  ReadDocument,
} from '@/features/documents/model/candidate-types'
import { DATE_LINE } from '@/features/documents/model/split-document'
import { ORGANISATIONS } from '@/features/documents/model/lexicon'

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
}
const MONTH_NAMES = Object.keys(MONTHS).join('|')
const DATE_PATTERNS = [
  new RegExp(String.raw`\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b`),
  new RegExp(String.raw`\b(\d{1,2})(?:\s+de)?\s+(${MONTH_NAMES})(?:\s+de|,)?\s+(\d{4})\b`, 'i'),
  new RegExp(String.raw`\b(${MONTH_NAMES})\s+(\d{1,2}),?\s+(\d{4})\b`, 'i'),
]

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** A written date as YYYY-MM-DD (day first for "27 / 08 / 2020", as the seed documents write it). */
export function readDate(text: string): { text: string; iso: string | null } | null {
  for (const [i, pattern] of DATE_PATTERNS.entries()) {
    const m = pattern.exec(text)
    if (!m) continue
    const [, a = '', b = '', y = ''] = m
    const day = i === 2 ? Number(b) : Number(a)
    const month = i === 0 ? Number(b) : MONTHS[(i === 2 ? a : b).toLowerCase()]!
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= 31
    return { text: m[0], iso: valid ? `${y}-${pad(month)}-${pad(day)}` : null }
  }
  return null
}

const EN_WORDS = /\b(the|and|of|to|in|were|was|is|that|with|for)\b/gi
const ES_WORDS = /\b(el|la|los|las|de|del|que|y|en|con|para|fueron|según)\b/gi

export function detectLanguage(text: string): DocumentLanguage {
  const en = text.match(EN_WORDS)?.length ?? 0
  const es = text.match(ES_WORDS)?.length ?? 0
  if (en + es < 5) return 'other'
  return en >= es ? 'en' : 'es'
}

/** The publisher: the organisation the text names most often (IOM over its partners in the seeds). */
function proposePublisher(text: string): string | null {
  let best: { name: string; count: number } | null = null
  for (const org of ORGANISATIONS) {
    const count = text.match(org.pattern)?.length ?? 0
    if (count > 0 && (!best || count > best.count)) best = { name: org.name, count }
  }
  if (best) return best.name
  // Otherwise the first institution the text names ("the National Migration Service said").
  return (
    INSTITUTION.exec(text)?.[0]
      .replace(/^(?:The|El|La|Los|Las) /, '')
      .trim() ?? null
  )
}

const INSTITUTION =
  /(?:[\p{Lu}][\p{L}]+ ){0,4}(?:Institute|Service|Ministry|Department|Directorate|Agency|Observatory|Commission|Instituto|Servicio|Ministerio|Dirección|Departamento|Agencia|Observatorio|Comisión)(?: [\p{Lu}][\p{L}]+)*(?: (?:of|for|on|de|del|de la|y|and)(?: [\p{Lu}][\p{L}]+)+)*/u

/** The dateline's place: "San José - ...", "GEORGETOWN, Guyana – ...". */
function proposePlace(firstParagraph: string | undefined): string | null {
  const m = /^([\p{Lu}][\p{L}.' ]{1,40}?)(?:,\s*[\p{L} ]{2,30})?\s+[-–—]\s/u.exec(
    firstParagraph ?? '',
  )
  return m?.[1]?.trim() ?? null
}

export function proposeMetadata(doc: ReadDocument): ProposedMetadata {
  const dateHeading = doc.headings.find((h) => DATE_LINE.test(h))
  const title =
    doc.headings.find((h) => !DATE_LINE.test(h)) ?? doc.paragraphs[0]?.text.slice(0, 120) ?? ''
  let dateText: string | null
  let date: string | null
  if (dateHeading !== undefined) {
    // "Date Publish:" with nothing after it says the date is not stated.
    const written = dateHeading.replace(DATE_LINE, '').trim()
    const read = written ? readDate(written) : null
    dateText = written || null
    date = read?.iso ?? null
  } else {
    const read = readDate(doc.paragraphs[0]?.text ?? '')
    dateText = read?.text ?? null
    date = read?.iso ?? null
  }
  return {
    title,
    publisher: proposePublisher(doc.text),
    place: proposePlace(doc.paragraphs[0]?.text),
    dateText,
    date,
    address: /https?:\/\/[^\s<>"')]+/.exec(doc.text)?.[0]?.replace(/[.,;]$/, '') ?? null,
    language: detectLanguage(doc.text),
  }
}
