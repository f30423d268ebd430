// A PDF's text as paragraphs, from pdf.js text items: items on one baseline form a line, and a gap
// between lines wider than the usual line spacing starts a paragraph. Takes the loaded document,
// so the worker (browser build) and the bench (Node build) share it.

/** The parts of pdf.js's text content this reader uses. */
export interface PdfTextItem {
  str: string
  transform: number[]
  hasEOL?: boolean
  height?: number
}
export interface PdfLike {
  numPages: number
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item
}

/** Lines of one page: text and baseline height. */
function pageLines(items: PdfTextItem[]): { text: string; y: number }[] {
  const lines: { text: string; y: number }[] = []
  let current: { text: string; y: number } | null = null
  for (const item of items) {
    const y = item.transform[5] ?? 0
    if (!current || Math.abs(current.y - y) > 1) {
      if (current) lines.push(current)
      current = { text: '', y }
    }
    current.text += item.str
    if (item.hasEOL) {
      lines.push(current)
      current = null
    }
  }
  if (current) lines.push(current)
  return lines.filter((l) => l.text.trim() !== '')
}

export function linesToParagraphs(lines: { text: string; y: number }[]): string[] {
  const gaps = lines
    .slice(1)
    .map((l, i) => Math.abs(lines[i]!.y - l.y))
    .filter((g) => g > 0)
  // The line spacing is the smallest gap; a paragraph's blank line makes a wider one.
  const usual = gaps.length > 0 ? Math.min(...gaps) : 0
  const paragraphs: string[] = []
  let current: string[] = []
  lines.forEach((line, i) => {
    const gap = i === 0 ? 0 : Math.abs(lines[i - 1]!.y - line.y)
    if (current.length > 0 && gap > usual * 1.4) {
      paragraphs.push(current.join(' '))
      current = []
    }
    current.push(line.text.trim())
  })
  if (current.length > 0) paragraphs.push(current.join(' '))
  // A word broken at a line end ("migra- tion") is joined again.
  return paragraphs.map((p) => p.replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2'))
}

export async function pdfToText(pdf: PdfLike): Promise<string> {
  const paragraphs: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    paragraphs.push(...linesToParagraphs(pageLines(content.items.filter(isTextItem))))
  }
  return paragraphs.join('\n\n')
}
