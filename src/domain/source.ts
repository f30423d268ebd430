// One description of where a figure comes from, read by the source line, the table, the CSV
// and the citation alike. A text shown in the other language carries its mark ("[es]") here, so
// every one of those outputs says so and a re-imported CSV keeps the text's language.
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import { localize, type Language, type Translate } from '@/domain/translate'

export interface SourceDescription {
  documentTitle: string
  publisher: string
  place: string | null
  /** Long date in the language, or the "date not stated" text. */
  date: string
  /** ISO date or null when the document gives none. */
  isoDate: string | null
  url: string | null
  /** What the document is (press release, register, …); null for an unknown document. */
  documentKind: 'press-release' | 'statistical-bulletin' | 'register' | 'report' | 'other' | null
  originalProducer: string
  quoted: string | null
  evidence: string | null
}

// One formatter per language: building an Intl.DateTimeFormat costs far more than using it.
const dateFormats = new Map<Language, Intl.DateTimeFormat>()

export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number)
  let format = dateFormats.get(lang)
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })
    dateFormats.set(lang, format)
  }
  return format.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)))
}

export function describeSource(
  figure: DatasetFigure,
  index: DatasetIndex,
  lang: Language,
  t: Translate,
): SourceDescription {
  const doc = index.documents.get(figure.source.documentId)
  const person = figure.source.quotedPersonId
    ? index.people.get(figure.source.quotedPersonId)
    : undefined
  const evidence = figure.evidence
  return {
    documentTitle: doc ? localize(doc.title, lang) : figure.source.documentId,
    publisher: doc?.publisher ?? t('source.notStated'),
    place: doc?.place ?? null,
    date: doc?.publishedDate ? formatDate(doc.publishedDate, lang) : t('source.dateNotStated'),
    isoDate: doc?.publishedDate ?? null,
    url: doc?.url ?? null,
    documentKind: doc?.kind ?? null,
    originalProducer: figure.source.originalProducer
      ? localize(figure.source.originalProducer, lang)
      : t('source.producerNotStated'),
    quoted: person ? `${person.name}, ${localize(person.role, lang)}` : null,
    evidence: evidence
      ? t('source.evidence', { paragraph: evidence.paragraph, quote: evidence.quote })
      : null,
  }
}

/** "Source: IOM, “Title” (Georgetown, 27 August 2020). Original producer: …. Quoted: …." */
export function formatSourceLine(
  figure: DatasetFigure,
  index: DatasetIndex,
  lang: Language,
  t: Translate,
): string {
  const s = describeSource(figure, index, lang, t)
  const where = [s.place, s.date].filter(Boolean).join(', ')
  const parts = [t('source.document', { publisher: s.publisher, title: s.documentTitle, where })]
  parts.push(t('source.producer', { producer: s.originalProducer }))
  if (s.quoted) parts.push(t('source.quoted', { person: s.quoted }))
  return `${t('source.label')} ${parts.join(' ')}`
}
