// What a briefing pack says, before it becomes a Word document: for each chosen figure its
// heading, quotable sentence, coverage, caveats and source (and its image's alt text), then a
// bibliography of the source documents. Pure: the DOCX writer (lib/briefing-docx.ts) lays it out.
import type { FigureDescription } from '@/domain/figure-description'
import type { Language, Translate } from '@/domain/translate'
import { formatRetrievalDate } from '@/features/export/model/citation'
import { buildQuotableSentence } from '@/features/export/model/quotable-sentence'
import { formatCaveat } from '@/domain/file-format/write-cells'
import { buildReferences } from '@/features/export/model/references'
import { formatReference } from '@/features/export/model/citation-styles'

export interface BriefingFigure {
  id: string
  heading: string
  quote: string
  coverage: string
  caveats: string[]
  viewNotes: string[]
  source: string
  /** "Imported from x.csv on …" for a figure the user added; null for the built-in data. */
  origin: string | null
}

export interface Briefing {
  title: string
  /** Retrieval date, link and dataset version, one line each. */
  about: string[]
  figures: BriefingFigure[]
  bibliographyHeading: string
  bibliography: string[]
}

export interface BriefingInput {
  descriptions: FigureDescription[]
  link: string
  now: Date
  lang: Language
  t: Translate
  datasetVersion: string
}

export function buildBriefing(input: BriefingInput): Briefing {
  const { descriptions, link, now, lang, t, datasetVersion } = input
  const references = buildReferences({
    ...input,
    title: t('export.briefing.title'),
    subtitle: '',
  }).filter((r) => r.kind === 'document')
  return {
    title: t('export.briefing.title'),
    about: [
      t('export.caption.retrieved', { date: formatRetrievalDate(now, lang), link }),
      ...(datasetVersion ? [t('export.caption.version', { version: datasetVersion })] : []),
      t('export.briefing.rule'),
    ],
    figures: descriptions.map((d) => ({
      id: d.figure.id,
      heading: `${d.indicatorName.text}: ${d.placeName.text}, ${d.period}`,
      quote: buildQuotableSentence(d, t),
      coverage: `${t('export.caption.coverage')} ${d.coverage}`,
      caveats: d.caveats.map((c) => formatCaveat(c, t)),
      viewNotes: d.viewNotes.map((n) => n.text),
      source: d.sourceLine,
      origin: d.imported?.label ?? null,
    })),
    bibliographyHeading: t('export.briefing.bibliography'),
    bibliography: references.map((r) => formatReference(r, 'apa', t)),
  }
}
