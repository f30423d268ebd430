// A minimal PDF writer for tests and the bench: pages of Helvetica text lines, WinAnsi-encoded
// (so "José", "países" and "–" survive), with a correct cross-reference table. No compression, no
// images: just enough for pdf.js to read text back the way it reads a real report.

const WIN_ANSI_EXTRA: Record<string, number> = {
  '–': 0x96,
  '—': 0x97,
  '“': 0x93,
  '”': 0x94,
  '‘': 0x91,
  '’': 0x92,
  '€': 0x80,
  '…': 0x85,
}

function encodeLine(text: string): number[] {
  const bytes: number[] = []
  for (const ch of text) {
    const code = WIN_ANSI_EXTRA[ch] ?? ch.codePointAt(0)!
    const byte = code < 256 ? code : 0x3f
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) bytes.push(0x5c)
    bytes.push(byte)
  }
  return bytes
}

/** Lines wrapped at a width in characters, keeping words whole. */
export function wrap(paragraph: string, width = 90): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * A PDF whose pages hold the given lines; an empty string is a paragraph gap (one blank line).
 * Returns the file's bytes.
 */
export function writePdf(pages: string[][]): Uint8Array {
  const chunks: number[] = []
  const offsets: number[] = []
  const ascii = (s: string) => {
    for (let i = 0; i < s.length; i++) chunks.push(s.charCodeAt(i))
  }
  const pageCount = pages.length
  const fontId = 3
  const firstPageId = 4
  ascii('%PDF-1.4\n')
  const object = (id: number, body: () => void) => {
    offsets[id] = chunks.length
    ascii(`${id} 0 obj\n`)
    body()
    ascii('\nendobj\n')
  }
  object(1, () => ascii('<< /Type /Catalog /Pages 2 0 R >>'))
  const kids = pages.map((_, i) => `${firstPageId + i * 2} 0 R`).join(' ')
  object(2, () => ascii(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`))
  object(fontId, () =>
    ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  )
  pages.forEach((lines, i) => {
    const pageId = firstPageId + i * 2
    const contentId = pageId + 1
    object(pageId, () =>
      ascii(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`,
      ),
    )
    const stream: number[] = []
    const push = (s: string) => {
      for (let k = 0; k < s.length; k++) stream.push(s.charCodeAt(k))
    }
    push('BT /F1 10 Tf 14 TL 56 790 Td\n')
    for (const line of lines) {
      if (line === '') push('T*\n')
      else {
        push('(')
        stream.push(...encodeLine(line))
        push(") '\n")
      }
    }
    push('ET')
    object(contentId, () => {
      ascii(`<< /Length ${stream.length} >>\nstream\n`)
      chunks.push(...stream)
      ascii('\nendstream')
    })
  })
  const xrefAt = chunks.length
  const count = firstPageId + pageCount * 2
  ascii(`xref\n0 ${count}\n0000000000 65535 f \n`)
  for (let id = 1; id < count; id++) ascii(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`)
  ascii(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`)
  return Uint8Array.from(chunks)
}

/** Documents laid out as pages: each paragraph wrapped, a blank line between paragraphs. */
export function layoutPages(paragraphs: string[], linesPerPage = 52): string[][] {
  const pages: string[][] = [[]]
  for (const paragraph of paragraphs) {
    for (const line of [...wrap(paragraph), '']) {
      if (pages.at(-1)!.length >= linesPerPage) pages.push([])
      pages.at(-1)!.push(line)
    }
  }
  return pages
}
