// The briefing pack as a Word document: the docx library is fetched only when a pack is written
// (its own chunk). Each figure gets its image (the same drawing and caption as the PNG export,
// at the page size) with its alt text, its quotable sentence, coverage, caveats and source.
import type { Briefing } from '@/features/export/model/briefing'
import { loadOnce } from '@/lib/load-once'
import { readPngSize } from '@/features/export/model/png-resolution'

const loadDocx = loadOnce(() => import('docx'))

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** The image's width in the document: 16 cm, in the library's 96-to-the-inch pixels. */
const IMAGE_WIDTH_PX = Math.round((16 / 2.54) * 96)

export interface BriefingImage {
  png: Uint8Array
  altText: string
}

export async function briefingDocx(
  briefing: Briefing,
  images: Map<string, BriefingImage>,
  labels: { quote: string; caveats: string; viewNotes: string },
): Promise<Blob> {
  const { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = await loadDocx()
  const children = [
    new Paragraph({ text: briefing.title, heading: HeadingLevel.TITLE }),
    ...briefing.about.map((line) => new Paragraph({ text: line })),
  ]
  for (const figure of briefing.figures) {
    children.push(new Paragraph({ text: figure.heading, heading: HeadingLevel.HEADING_1 }))
    const image = images.get(figure.id)
    const size = image ? readPngSize(image.png) : null
    if (image && size) {
      const height = Math.round((size.height / size.width) * IMAGE_WIDTH_PX)
      children.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width: IMAGE_WIDTH_PX, height },
              altText: { name: figure.heading, title: figure.heading, description: image.altText },
            }),
          ],
        }),
      )
    }
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${labels.quote} `, bold: true }),
          new TextRun(figure.quote),
        ],
      }),
      new Paragraph({ text: figure.coverage }),
    )
    if (figure.origin) children.push(new Paragraph({ text: figure.origin }))
    children.push(new Paragraph({ text: labels.caveats, heading: HeadingLevel.HEADING_2 }))
    for (const caveat of figure.caveats)
      children.push(new Paragraph({ text: caveat, bullet: { level: 0 } }))
    if (figure.viewNotes.length > 0) {
      children.push(new Paragraph({ text: labels.viewNotes, heading: HeadingLevel.HEADING_2 }))
      for (const note of figure.viewNotes)
        children.push(new Paragraph({ text: note, bullet: { level: 0 } }))
    }
    children.push(
      new Paragraph({ children: [new TextRun({ text: figure.source, italics: true })] }),
    )
  }
  children.push(
    new Paragraph({ text: briefing.bibliographyHeading, heading: HeadingLevel.HEADING_1 }),
  )
  for (const entry of briefing.bibliography) children.push(new Paragraph({ text: entry }))
  const doc = new Document({
    title: briefing.title,
    description: briefing.about.join('\n'),
    creator: briefing.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: {}, children }],
  })
  return new Blob([await Packer.toBlob(doc)], { type: DOCX_MIME })
}
