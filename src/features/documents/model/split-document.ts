// A document's text as blocks: heading blocks (the title, a "Date Publish:" line) and the body's
// paragraphs, numbered from 1 as the built-in evidence cites them ("paragraph 5").
import type { ReadDocument } from '@/features/documents/model/candidate-types'

export const DATE_LINE =
  /^(date(?: publish(?:ed)?)?|published|fecha(?: de publicaci[oó]n)?|publicado)\s*:/i

/** Line ends, tabs and runs of spaces made plain, so quotes compare the same way everywhere. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00A0]+/g, ' ')
    .replace(/[ ]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** A title: one short line that does not end like a sentence. */
function looksLikeTitle(block: string): boolean {
  return !block.includes('\n') && block.length <= 250 && !/[.:;]$/.test(block)
}

export function splitDocument(raw: string): ReadDocument {
  const text = normaliseText(raw)
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
  const headings: string[] = []
  let start = 0
  // The heading blocks come first: a title, then any date line.
  if (blocks[0] && looksLikeTitle(blocks[0]) && blocks.length > 1) {
    headings.push(blocks[0])
    start = 1
  }
  while (blocks[start] && DATE_LINE.test(blocks[start]!)) headings.push(blocks[start++]!)
  const paragraphs = blocks.slice(start).map((t, i) => ({ number: i + 1, text: t }))
  return { text, headings, paragraphs }
}

const ABBREVIATIONS =
  /(?:^|\s)(?:Lt|Col|Gen|Hon|Mr|Mrs|Ms|Dr|Prof|St|Sr|Sra|Srta|Lic|Ing|No|Nº|Núm|approx|aprox|etc|vs|U\.S|e\.g|i\.e|[A-Z])\.$/

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length
}

/** Sentences of a paragraph with their start offsets; abbreviations ("Lt. Col.", "E.P.") do not end one. */
export function splitSentences(paragraph: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = []
  let start = 0
  const boundary = /[.!?]["”»’]?\s+(?=["“«¿¡(]?[\p{Lu}\d])/gu
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length
    const before = paragraph.slice(start, end)
    if (ABBREVIATIONS.test(before)) continue
    sentences.push({ text: before.trim(), start: start + leadingSpace(before) })
    start = match.index + match[0].length
  }
  const rest = paragraph.slice(start).trim()
  if (rest) sentences.push({ text: rest, start: start + leadingSpace(paragraph.slice(start)) })
  return sentences
}
