// What reading a document proposes. Nothing here is a figure yet: a person accepts, edits or
// rejects each candidate, and only then does it go through the importer's checks.
import type { CaveatType } from '@/domain/dataset-schema'

export type DocumentLanguage = 'en' | 'es' | 'other'

/** One paragraph of the document's body, numbered from 1 as the evidence cites it. */
export interface Paragraph {
  number: number
  text: string
}

/** The document as read: its heading blocks (title, date line) and its numbered body. */
export interface ReadDocument {
  /** All text, normalised (line ends, spaces); the fingerprint is taken of this. */
  text: string
  headings: string[]
  paragraphs: Paragraph[]
}

/** Metadata proposed from the text; every field is editable. null = the document does not state it. */
export interface ProposedMetadata {
  title: string
  publisher: string | null
  place: string | null
  /** The date as written, e.g. "27 / 08 / 2020"; null = not stated. */
  dateText: string | null
  /** The same date as YYYY-MM-DD where it can be read; null otherwise. */
  date: string | null
  address: string | null
  language: DocumentLanguage
}

/** The estimate as the wording states it. `approximate` ("about", "nearly") is kept as a caveat. */
export type ProposedEstimate =
  | { kind: 'point'; value: number }
  | { kind: 'lower-bound'; value: number }
  | { kind: 'upper-bound'; value: number }
  | { kind: 'range'; low: number; high: number }

export type ProposedUnit = 'persons' | 'returns' | 'currency' | 'events' | 'percent'

export interface ProposedCaveat {
  type: CaveatType
  text: { en: string; es: string }
}

/** Something the person should look at before accepting, as a message key with its values. */
export interface CandidateFlag {
  key:
    | 'currencyNotNamed'
    | 'currencyFromPlace'
    | 'currencyUnknown'
    | 'currencyNotShown'
    | 'regionUndefined'
    | 'noPeriod'
    | 'noPlace'
    | 'yearSharedInSentence'
    | 'approximate'
  values?: Record<string, string>
}

export interface Candidate {
  id: string
  paragraph: number
  /** The whole sentence, verbatim, as evidence. */
  quote: string
  /** Where the sentence starts and ends in its paragraph, and the number's own span, for highlighting. */
  quoteStart: number
  numberStart: number
  numberEnd: number
  /** The words that state the value, verbatim: "between 5.5 and 7 billion dollars". */
  valueText: string
  estimate: ProposedEstimate
  approximate: boolean
  unit: ProposedUnit | null
  currency: string | null
  year: number | null
  /** The period as written ("in 2018", "FY2019"); null when the document states none near the figure. */
  periodText: string | null
  /** Places the figure refers to, as codes (ISO3, M49 or a body's region), with the words that named them. */
  places: { code: string; text: string }[]
  coverage: { statement: string; count: number | null } | null
  quotedPerson: string | null
  originalStudy: string | null
  indicatorId: string | null
  caveats: ProposedCaveat[]
  flags: CandidateFlag[]
}

export interface DocumentReading {
  document: ReadDocument
  metadata: ProposedMetadata
  candidates: Candidate[]
}
