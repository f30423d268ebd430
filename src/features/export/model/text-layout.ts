// Line breaking for exported images. SVG 1.1 has no text wrapping, so lines are broken here,
// with a width measure: the browser's canvas in the app, an estimate in tests.

/** Width in px of `text` set at `fontSize` px in a generic sans-serif. */
export type TextMeasure = (text: string, fontSize: number, bold: boolean) => number

// Advance widths (em) close to DejaVu Sans, the widest common default sans-serif, so a line
// estimated to fit also fits in Arial, Helvetica or Liberation Sans.
const NARROW = /[ijlI.,:;'!|()[\]{}\u00b7\s]/
const SEMI = /[frt\-"/«»“”‘’]/
const WIDE = /[mwMW@%—]/

export const estimateTextWidth: TextMeasure = (text, fontSize, bold) => {
  let em = 0
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.3
    else if (SEMI.test(ch)) em += 0.42
    else if (WIDE.test(ch)) em += 0.95
    else if (/[A-Z]/.test(ch)) em += 0.72
    else em += 0.62
  }
  return em * fontSize * (bold ? 1.07 : 1)
}

/**
 * Greedy line breaking at spaces; a word wider than a line (a long address) is cut where it
 * overflows. `firstLineIndent` leaves room on the first line for a bold lead.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: TextMeasure,
  { bold = false, firstLineIndent = 0 } = {},
): string[] {
  const lines: string[] = []
  let line = ''
  const limit = () => maxWidth - (lines.length === 0 ? firstLineIndent : 0)
  const fit = (s: string) => measure(s, fontSize, bold) <= limit()
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (fit(candidate)) {
      line = candidate
      continue
    }
    if (line) {
      lines.push(line)
      line = ''
    }
    if (fit(word)) {
      line = word
      continue
    }
    if (lines.length === 0 && firstLineIndent > 0 && measure(word, fontSize, bold) <= maxWidth) {
      lines.push('') // the lead stands alone on the first line
      line = word
      continue
    }
    for (const ch of word) {
      if (line && !fit(line + ch)) {
        lines.push(line)
        line = ''
      }
      line += ch
    }
  }
  if (line || lines.length === 0) lines.push(line)
  return lines
}
