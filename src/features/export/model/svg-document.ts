// The exported image as one self-contained SVG: title, subtitle, the chart with its legend (or
// the headline value), the figures, coverage, "Source:" lines, every caveat, and where and when it was
// retrieved. Text stays text; the only font named is the generic sans-serif.
import type { Language } from '@/domain/translate'
import { escapeXml } from '@/features/export/model/xml-text'
import { pngTextEntries, svgMetadata, type Provenance } from '@/features/export/model/provenance'
import type { CaptionParagraph, ImageCaption } from '@/features/export/model/image-caption'
import { estimateTextWidth, wrapText, type TextMeasure } from '@/features/export/model/text-layout'
import {
  svgMarkup,
  swatchShapes,
  SWATCH_HEIGHT,
  SWATCH_WIDTH,
} from '@/features/charts/model/legend-swatch'

/** What the image shows between the titles and the notes. */
export type ImageBody =
  /** The chart as drawn on screen: the inner markup of its <svg>, with styles already inlined. */
  | { kind: 'chart'; markup: string; width: number; height: number }
  /** A headline figure: the value as the card writes it, and its kind of estimate. */
  | { kind: 'headline'; value: string; kindLabel: string }
  /** No drawing available: the figures are listed as text. */
  | { kind: 'text' }

export interface SvgDocumentInput {
  caption: ImageCaption
  body: ImageBody
  lang: Language
  measure?: TextMeasure
  /** Written into the file (SVG <metadata>, PNG text chunks) so a forwarded image can be traced. */
  provenance?: Provenance
  /**
   * `stack`: the notes under the drawing (documents). `side`: the notes in a column beside it,
   * so the whole fits a 16:9 slide.
   */
  layout?: 'stack' | 'side'
}

export interface SvgDocument {
  svg: string
  /** For a PNG's text chunks: the title, everything written under it and the provenance. */
  text?: Record<string, string>
  /** Size in CSS px; PNG exports scale from it. */
  width: number
  height: number
}

/** Width of every exported image in CSS px (Grapher's proportions); PNGs scale from it. */
export const IMAGE_WIDTH = 850
const PAD = 32
/** The notes' column beside the drawing in the slide layout. */
const SIDE_COLUMN_WIDTH = 620
/** The width the chart is drawn at for the export, so its text keeps its on-screen size. */
export const CHART_EXPORT_WIDTH = IMAGE_WIDTH - 2 * PAD
/** A narrow on-screen chart is enlarged at most this much, so its labels do not balloon. */
const MAX_CHART_ZOOM = 1.5
const FONT = 'sans-serif'
/** Lines longer than this share of the available width get an explicit length (see `fitted`). */
const FIT_FROM = 0.85
const colour = {
  ink: '#1b1f24',
  muted: '#4a5560',
  accent: '#1f4e79',
  rule: '#c9d1d9',
  caveat: '#7a4d0b',
  caveatBar: '#b7791f',
  imported: '#6b2c7d',
}

class Canvas {
  readonly parts: string[] = []
  y = PAD
  constructor(
    readonly width: number,
    readonly measure: TextMeasure,
  ) {}

  get contentWidth(): number {
    return this.width - 2 * PAD
  }

  /** Writes wrapped lines; returns nothing, moves the cursor down. */
  lines(
    text: string,
    size: number,
    { x = PAD, width = this.contentWidth, fill = colour.ink, bold = false, leading = 1.4 } = {},
  ): void {
    for (const line of wrapText(text, width, size, this.measure, { bold })) {
      this.textLine(line, size, { x, fill, bold, leading })
    }
  }

  textLine(
    line: string,
    size: number,
    { x = PAD, fill = colour.ink, bold = false, leading = 1.4 } = {},
  ): void {
    const height = size * leading
    const weight = bold ? ' font-weight="700"' : ''
    const fitted = this.fitted(this.measure(line, size, bold), this.width - PAD - x)
    this.parts.push(
      `<text x="${x}" y="${round(this.y + height * 0.78)}" font-size="${size}" fill="${fill}"${weight}${fitted}>${escapeXml(line)}</text>`,
    )
    this.y += height
  }

  /**
   * A long line is given its measured length, so where "sans-serif" is a wider font (DejaVu Sans
   * is some 14% wider than Arial) the reader squeezes it to fit instead of running off the edge.
   */
  fitted(width: number, available: number): string {
    return width > available * FIT_FROM
      ? ` textLength="${round(width)}" lengthAdjust="spacingAndGlyphs"`
      : ''
  }

  /** A paragraph whose lead ("Source:") is bold and runs into the text. */
  paragraph(
    p: CaptionParagraph,
    size: number,
    { x = PAD, leadFill = colour.ink, fill = colour.muted } = {},
  ): void {
    const width = this.width - PAD - x
    const indent = p.lead ? this.measure(`${p.lead} `, size, true) : 0
    const lines = wrapText(p.text, width, size, this.measure, { firstLineIndent: indent })
    const height = size * 1.45
    lines.forEach((line, i) => {
      const baseline = round(this.y + height * 0.78)
      const lineWidth = (i === 0 ? indent : 0) + this.measure(line, size, false)
      const fitted = this.fitted(lineWidth, width)
      const lead =
        i === 0 && p.lead
          ? `<tspan font-weight="700" fill="${leadFill}">${escapeXml(p.lead)}</tspan> `
          : ''
      this.parts.push(
        `<text x="${x}" y="${baseline}" font-size="${size}" fill="${fill}"${fitted}>${lead}${escapeXml(line)}</text>`,
      )
      this.y += height
    })
  }

  gap(px: number): void {
    this.y += px
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

function drawBody(c: Canvas, body: ImageBody, caption: ImageCaption): void {
  if (body.kind === 'headline') {
    const top = c.y
    c.lines(body.value, 44, {
      x: PAD + 18,
      bold: true,
      fill: colour.accent,
      leading: 1.2,
      width: c.contentWidth - 18,
    })
    c.lines(body.kindLabel, 15, { x: PAD + 18, fill: colour.muted })
    c.parts.push(
      `<rect x="${PAD}" y="${round(top + 4)}" width="5" height="${round(c.y - top - 8)}" fill="${colour.accent}"/>`,
    )
    return
  }
  if (body.kind === 'chart') {
    const zoom = Math.min(MAX_CHART_ZOOM, c.contentWidth / body.width)
    const width = round(body.width * zoom)
    const height = round(body.height * zoom)
    c.parts.push(
      `<svg x="${PAD}" y="${round(c.y)}" width="${width}" height="${height}" viewBox="0 0 ${body.width} ${body.height}" overflow="hidden">${body.markup}</svg>`,
    )
    c.gap(height + 8)
    for (const item of caption.legend) drawLegendItem(c, item)
  }
  // A chart that writes each value already says it; a line is added for any value it does not show.
  const drawn = body.kind === 'chart' ? body.markup : ''
  for (const figure of caption.figures) {
    if (drawn.includes(escapeXml(figure.value))) continue
    c.lines(figure.text, 15)
  }
}

/** One line of the chart's legend: the sample drawing, then what it means. */
function drawLegendItem(c: Canvas, item: ImageCaption['legend'][number]): void {
  const size = 13
  const top = round(c.y + (size * 1.45 - SWATCH_HEIGHT) / 2)
  const shapes = svgMarkup(swatchShapes(item.kind, `export-legend-${item.kind}`))
  c.parts.push(
    `<svg class="legend-swatch" x="${PAD}" y="${top}" width="${SWATCH_WIDTH}" height="${SWATCH_HEIGHT}" viewBox="0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}">${shapes}</svg>`,
  )
  c.paragraph({ lead: '', text: item.text }, size, { x: PAD + SWATCH_WIDTH + 10 })
}

function drawNotes(c: Canvas, caption: ImageCaption): void {
  c.gap(14)
  c.parts.push(
    `<line x1="${PAD}" x2="${c.width - PAD}" y1="${round(c.y)}" y2="${round(c.y)}" stroke="${colour.rule}" stroke-width="1"/>`,
  )
  c.gap(10)
  for (const p of caption.coverage) c.paragraph(p, 13)
  for (const p of caption.sources) c.paragraph(p, 13)
  for (const p of caption.origins) c.paragraph(p, 13, { leadFill: colour.imported })
  for (const p of caption.notes) c.paragraph(p, 13)
  if (caption.caveats.length > 0) {
    c.gap(6)
    c.textLine(caption.caveatsHeading, 13, { bold: true, fill: colour.caveat })
    for (const p of caption.caveats) {
      const top = c.y
      c.paragraph(p, 13, { x: PAD + 14, leadFill: colour.caveat })
      c.parts.push(
        `<rect x="${PAD + 2}" y="${round(top + 4)}" width="3" height="${round(c.y - top - 6)}" fill="${colour.caveatBar}"/>`,
      )
      c.gap(2)
    }
  }
  if (caption.viewNotes.length > 0) {
    c.gap(6)
    c.textLine(caption.viewNotesHeading, 13, { bold: true })
    for (const p of caption.viewNotes) c.paragraph(p, 13, { x: PAD + 14 })
  }
  c.gap(10)
  c.lines(caption.retrieved, 12, { fill: colour.muted })
  if (caption.version) c.lines(caption.version, 12, { fill: colour.muted })
  c.lines(caption.credit, 12, { fill: colour.muted, bold: true })
}

export function buildSvgDocument({
  caption,
  body,
  lang,
  measure = estimateTextWidth,
  provenance,
  layout = 'stack',
}: SvgDocumentInput): SvgDocument {
  const c = new Canvas(IMAGE_WIDTH, measure)
  c.lines(caption.title, 24, { bold: true, leading: 1.25 })
  c.gap(2)
  c.lines(caption.subtitle, 16, { fill: colour.muted })
  c.gap(16)
  drawBody(c, body, caption)
  const side = layout === 'side' ? new Canvas(SIDE_COLUMN_WIDTH, measure) : c
  drawNotes(side, caption)
  const width = c.width + (side === c ? 0 : side.width)
  const height = Math.ceil(Math.max(c.y, side.y) + PAD)
  const sideParts =
    side === c ? [] : [`<g transform="translate(${c.width},0)">`, ...side.parts, '</g>']
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${lang}" font-family="${FONT}" role="img" aria-labelledby="export-title">`,
    `<title id="export-title">${escapeXml(caption.label)}</title>`,
    ...(provenance ? [svgMetadata(provenance)] : []),
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...c.parts,
    ...sideParts,
    '</svg>',
  ].join('\n')
  const description = captionWords(caption)
  const text = provenance
    ? pngTextEntries(provenance, description)
    : { Title: caption.title, Description: description }
  return { svg, width, height, text }
}

/** Every word of the caption under the title, one paragraph a line. */
function captionWords(caption: ImageCaption): string {
  const paragraph = (p: CaptionParagraph) => [p.lead, p.text].filter(Boolean).join(' ')
  return [
    caption.subtitle,
    ...caption.figures.map((f) => f.text),
    ...caption.coverage.map(paragraph),
    ...caption.sources.map(paragraph),
    ...caption.notes.map(paragraph),
    ...(caption.caveats.length > 0
      ? [caption.caveatsHeading, ...caption.caveats.map(paragraph)]
      : []),
    caption.retrieved,
    caption.version,
    caption.credit,
  ]
    .filter(Boolean)
    .join('\n')
}

/** The same drawing at `scale` times its size (for rasterising sharply at high resolution). */
export function scaleSvgDocument(doc: SvgDocument, scale: number): string {
  const from = `width="${doc.width}" height="${doc.height}" viewBox=`
  const to = `width="${round(doc.width * scale)}" height="${round(doc.height * scale)}" viewBox=`
  return doc.svg.replace(from, () => to)
}
