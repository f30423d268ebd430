// What a file says about itself, inside the file: the title, the sources, every caveat, the link
// to the view, the dataset version and the date. A cropped or forwarded image or workbook can
// still be traced. Read from the image caption, so it says what the caption says (any chart,
// any view: the map's exports use it too).
import type { CaptionParagraph, ImageCaption } from '@/features/export/model/image-caption'
import { escapeXml } from '@/features/export/model/xml-text'
import { isoDay } from '@/features/export/model/file-name'
import type { Language } from '@/domain/translate'

export interface Provenance {
  title: string
  subtitle: string
  /** One line per source document ("Source: …"), without repeats. */
  sources: string[]
  /** Every caveat, led by its type, naming the figures it applies to when not all. */
  caveats: string[]
  /** The address of the view, holding its filters. */
  link: string
  datasetVersion: string
  /** The retrieval day, YYYY-MM-DD. */
  date: string
  /** The dashboard's name. */
  credit: string
  lang: Language
}

export interface ProvenanceInput {
  caption: ImageCaption
  link: string
  datasetVersion: string
  now: Date
  lang: Language
}

const line = (p: CaptionParagraph) => [p.lead, p.text].filter(Boolean).join(' ')

export function buildProvenance({
  caption,
  link,
  datasetVersion,
  now,
  lang,
}: ProvenanceInput): Provenance {
  return {
    title: caption.title,
    subtitle: caption.subtitle,
    sources: [...caption.sources, ...caption.origins].map(line),
    caveats: caption.caveats.map(line),
    link,
    datasetVersion,
    date: isoDay(now),
    credit: caption.credit,
    lang,
  }
}

const DC = 'http://purl.org/dc/elements/1.1/'
const DCTERMS = 'http://purl.org/dc/terms/'
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'

/**
 * An SVG <metadata> element in Dublin Core (what Inkscape and catalogues read): dc:title,
 * dc:source per source, dc:description per caveat, dc:identifier the link, dc:date,
 * dcterms:hasVersion the dataset version.
 */
export function svgMetadata(p: Provenance): string {
  const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`
  return [
    `<metadata id="provenance"><rdf:RDF xmlns:rdf="${RDF}" xmlns:dc="${DC}" xmlns:dcterms="${DCTERMS}">`,
    `<rdf:Description rdf:about="${escapeXml(p.link)}">`,
    el('dc:title', p.title),
    el('dcterms:alternative', p.subtitle),
    ...p.sources.map((s) => el('dc:source', s)),
    ...p.caveats.map((c) => el('dc:description', c)),
    el('dc:identifier', p.link),
    el('dc:date', p.date),
    el('dcterms:hasVersion', p.datasetVersion),
    el('dc:publisher', p.credit),
    el('dc:language', p.lang),
    '</rdf:Description></rdf:RDF></metadata>',
  ].join('')
}

/** PNG iTXt entries: the registered keywords where one fits (Title, Source, Creation Time, Software). */
export function pngTextEntries(p: Provenance, description: string): Record<string, string> {
  return {
    Title: p.title,
    Description: description,
    Source: p.sources.join('\n'),
    Caveats: p.caveats.join('\n'),
    Link: p.link,
    'Dataset version': p.datasetVersion,
    'Creation Time': p.date,
    Software: p.credit,
  }
}

/** Workbook document properties: the standard ones, and custom ones for what has no standard field. */
export function workbookProperties(p: Provenance): {
  props: Record<string, string>
  custom: Record<string, string>
} {
  return {
    props: {
      Title: p.title,
      Subject: p.subtitle,
      Author: p.credit,
      Keywords: p.link,
      Comments: [...p.sources, ...p.caveats].join('\n'),
      Category: p.datasetVersion,
    },
    // Custom properties are one line each: readers (SheetJS among them) drop a value with line breaks.
    custom: {
      Link: p.link,
      'Dataset version': p.datasetVersion,
      Retrieved: p.date,
      Sources: p.sources.join(' | '),
      Caveats: p.caveats.join(' | '),
    },
  }
}
