// The works a view cites, one entry per source document and one for the view itself, from the
// same FigureDescription objects as the screen. Citation styles (citation-styles.ts) format them.
import type { FigureDescription } from '@/domain/figure-description'
import type { SourceDescription } from '@/domain/source'
import type { Language, Translate } from '@/domain/translate'
import { isoDay } from '@/features/export/model/file-name'

export interface Reference {
  /** A BibTeX key: letters, digits and hyphens. */
  key: string
  kind: 'document' | 'view'
  /** What the document is (press release, …); null for the view. */
  documentKind: SourceDescription['documentKind']
  /** The organisation (no personal authors in these sources). */
  author: string
  title: string
  /** Publication date YYYY-MM-DD, or null when the document states none. */
  isoDate: string | null
  place: string | null
  url: string | null
  /** The day it was retrieved, YYYY-MM-DD. */
  accessed: string
  /** The dataset version, for the view. */
  version: string | null
  /** What else a reader needs: the original producer, or that the figures were imported. */
  note: string | null
  lang: Language
}

export interface ReferencesInput {
  title: string
  subtitle: string
  descriptions: FigureDescription[]
  link: string
  now: Date
  lang: Language
  t: Translate
  datasetVersion: string
}

function keyOf(...parts: string[]): string {
  return (
    parts
      .join('-')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'source'
  )
}

/** The view first (what the reader saw), then each source document once, in the figures' order. */
export function buildReferences(input: ReferencesInput): Reference[] {
  const { descriptions, now, lang, t } = input
  const accessed = isoDay(now)
  const view: Reference = {
    key: keyOf('dashboard', input.title, accessed),
    kind: 'view',
    documentKind: null,
    author: t('export.caption.credit'),
    title: input.subtitle ? `${input.title} (${input.subtitle})` : input.title,
    isoDate: accessed,
    place: null,
    url: input.link,
    accessed,
    version: input.datasetVersion || null,
    note: null,
    lang,
  }
  const byDocument = new Map<string, Reference>()
  for (const d of descriptions) {
    const id = d.figure.source.documentId
    const existing = byDocument.get(id)
    const producer = d.figure.source.originalProducer
      ? t('export.reference.producer', { producer: d.source.originalProducer })
      : null
    const note = [
      producer,
      d.imported ? t('export.reference.imported', { origin: d.imported.label }) : null,
    ]
      .filter(Boolean)
      .join(' ')
    if (existing) {
      // Figures of one document may cite different studies: the note names each once.
      if (note && !existing.note?.includes(note))
        existing.note = existing.note ? `${existing.note} ${note}` : note
      continue
    }
    byDocument.set(id, {
      key: keyOf(
        d.source.publisher.replace(/\s*\(.*\)\s*$/, ''),
        d.source.isoDate?.slice(0, 4) ?? 'nd',
        d.source.documentTitle.split(/\s+/).slice(0, 3).join(' '),
      ),
      kind: 'document',
      documentKind: d.source.documentKind,
      author: d.source.publisher,
      title: d.source.documentTitle,
      isoDate: d.source.isoDate,
      place: d.source.place,
      url: d.source.url,
      accessed,
      version: null,
      note: note || null,
      lang,
    })
  }
  return [view, ...byDocument.values()]
}
