// What the sources view says about one document: its metadata as text a person reads, who it
// names, which figures come from it and how to cite it. Pure, so the citation can be tested
// and reused by an export.
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import type { Organisation, Person, SourceDocument } from '@/domain/dataset-schema'
import { formatDate } from '@/domain/source'
import {
  markedText,
  pickText,
  type Language,
  type PickedText,
  type Translate,
} from '@/domain/translate'

/** A document's metadata, each field already worded ("date not stated", "address not given"). */
export interface DocumentMetadata {
  title: PickedText
  /** The title in the document's own language, when the interface shows a different one. */
  originalTitle: string | null
  kind: string
  publisher: string
  place: string
  date: string
  /** ISO date for a <time> element; null when the document gives none. */
  isoDate: string | null
  url: string | null
  address: string
  language: string
  /** The document's language code, for marking up text quoted from it. */
  languageCode: SourceDocument['language']
  copy: string
}

export function describeDocument(
  doc: SourceDocument,
  lang: Language,
  t: Translate,
): DocumentMetadata {
  const title = pickText(doc.title, lang)
  const ownLanguageTitle = doc.language === 'other' ? undefined : doc.title[doc.language]
  return {
    title,
    originalTitle: ownLanguageTitle && ownLanguageTitle !== title.text ? ownLanguageTitle : null,
    kind: t(`sources.kind.${doc.kind}`),
    publisher: doc.publisher,
    place: doc.place ?? t('sources.placeNotStated'),
    date: doc.publishedDate ? formatDate(doc.publishedDate, lang) : t('source.dateNotStated'),
    isoDate: doc.publishedDate,
    url: doc.url,
    address: doc.url ?? t('sources.addressNotGiven'),
    language: t(`sources.language.${doc.language}`),
    languageCode: doc.language,
    copy: doc.copy ?? t('sources.copyNotRecorded'),
  }
}

/**
 * "IOM. “Title”. Press release, San José, date not stated. Address not given. Copy read: ….
 * In: dataset 1.0.0." The title is cited as the document wrote it, in its own language.
 */
export function formatDocumentCitation(
  doc: SourceDocument,
  datasetVersion: string,
  lang: Language,
  t: Translate,
): string {
  const meta = describeDocument(doc, lang, t)
  const where = [meta.kind, doc.place, meta.date].filter(Boolean).join(', ')
  const parts = [
    t('sources.cite.document', {
      publisher: meta.publisher,
      title: meta.originalTitle ?? meta.title.text,
      where,
    }),
    doc.url ? t('sources.cite.address', { url: doc.url }) : t('sources.cite.noAddress'),
  ]
  if (doc.copy) parts.push(t('sources.cite.copy', { copy: doc.copy }))
  parts.push(t('sources.cite.dataset', { version: datasetVersion }))
  return parts.join(' ')
}

/** A person the document names, with their role and organisation worded for the interface. */
export interface NamedPerson {
  person: Person
  role: PickedText
  organisation: string | null
  /** Ids of the figures the document has this person state. */
  statesFigureIds: string[]
}

export interface DocumentSummary {
  doc: SourceDocument
  organisations: Organisation[]
  people: NamedPerson[]
  figures: DatasetFigure[]
}

/**
 * Organisation name with its abbreviation, unless the name already carries one: Spanish names
 * hold their own ("(OIM)"), and adding the English "(IOM)" after it would read as two bodies.
 */
export function organisationLabel(org: Organisation, lang: Language): string {
  const name = pickText(org.name, lang)
  const text = markedText(name)
  return org.abbreviation && !name.text.includes('(') && name.text !== org.abbreviation
    ? `${text} (${org.abbreviation})`
    : text
}

/** Every document in the dataset's order, with what it names and the figures taken from it. */
export function summarizeDocuments(index: DatasetIndex, lang: Language): DocumentSummary[] {
  return index.dataset.documents.map((doc) => ({
    doc,
    organisations: index.dataset.organisations.filter((o) => o.documentIds.includes(doc.id)),
    people: index.dataset.people
      .filter((p) => p.documentId === doc.id)
      .map((person) => {
        const org = person.organisationId
          ? index.organisations.get(person.organisationId)
          : undefined
        return {
          person,
          role: pickText(person.role, lang),
          organisation: org ? organisationLabel(org, lang) : null,
          statesFigureIds: index.figures
            .filter((f) => f.source.quotedPersonId === person.id)
            .map((f) => f.id),
        }
      }),
    figures: index.figures.filter((f) => f.source.documentId === doc.id),
  }))
}
