// The citation a person pastes into a footnote: what, where and when, who produced the number,
// which document states it, and when and where it was retrieved.
import type { FigureDescription } from '@/domain/figure-description'
import { formatDate } from '@/domain/source'
import type { Language, Translate } from '@/domain/translate'
import { isoDay } from '@/features/export/model/file-name'

export interface CitationInput {
  title: string
  subtitle: string
  descriptions: FigureDescription[]
  /** The address of the view, holding its filters. */
  link: string
  now: Date
  lang: Language
  t: Translate
}

/** The retrieval date in the language's long form: "27 November 2026", "27 de noviembre de 2026". */
export function formatRetrievalDate(now: Date, lang: Language): string {
  return formatDate(isoDay(now), lang)
}

function citeSource({ source }: FigureDescription, t: Translate): string {
  return t('export.citation.source', {
    producer: source.originalProducer,
    publisher: source.publisher,
    document: source.documentTitle,
    where: [source.place, source.date].filter(Boolean).join(', '),
  })
}

/**
 * One sentence per distinct source behind the figures, in the order the figures come: the
 * built-in documents first, then, apart and marked as imported, the sources of figures the
 * user added (each with its file and import date).
 */
export function citeSources(descriptions: FigureDescription[], t: Translate): string[] {
  const builtIn = descriptions.filter((d) => !d.imported).map((d) => citeSource(d, t))
  const imported = descriptions.flatMap((d) =>
    d.imported
      ? [
          t('export.citation.importedSource', {
            source: citeSource(d, t),
            origin: d.imported.label,
          }),
        ]
      : [],
  )
  const sentences = [...new Set(builtIn)]
  if (imported.length > 0)
    sentences.push(t('export.citation.imported', { sources: [...new Set(imported)].join(' ') }))
  return sentences
}

export function buildCitation({
  title,
  subtitle,
  descriptions,
  link,
  now,
  lang,
  t,
}: CitationInput): string {
  return t('export.citation.sentence', {
    title,
    subtitle,
    sources: citeSources(descriptions, t).join(' '),
    date: formatRetrievalDate(now, lang),
    link,
  })
}

export interface DatasetCitationInput {
  version: string
  descriptions: FigureDescription[]
  link: string
  now: Date
  lang: Language
  t: Translate
}

/** How to cite the full dataset: its name and version, every source behind it, the retrieval. */
export function buildDatasetCitation({
  version,
  descriptions,
  link,
  now,
  lang,
  t,
}: DatasetCitationInput): string {
  return t('export.citation.datasetSentence', {
    title: t('export.citation.datasetTitle', { version }),
    sources: citeSources(descriptions, t).join(' '),
    date: formatRetrievalDate(now, lang),
    link,
  })
}
