// The text of an HTML page, paragraph by paragraph. Hand-written because the reader runs in a Web
// Worker, where there is no DOMParser; scripts, styles and navigation are dropped, not shown.
const DROPPED = /<(script|style|noscript|template|head|nav|footer|svg)\b[\s\S]*?<\/\1\s*>/gi
const BLOCK =
  /<\/?(?:p|div|section|article|header|main|aside|h[1-6]|li|ul|ol|table|tr|blockquote|figure|figcaption|dd|dt|pre|title)\b[^>]*>/gi
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  uuml: 'ü',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ntilde: 'Ñ',
  iquest: '¿',
  iexcl: '¡',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16))
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)))
    return ENTITIES[code] ?? whole
  })
}

/** Blocks become paragraphs (a blank line between), <br> a line end, every other tag nothing. */
export function htmlToText(html: string): string {
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim()
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html
  const hasHeading = /<h1\b/i.test(body)
  const text = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROPPED, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/[ \t\r\f\v]+/g, ' ')
  const paragraphs = decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
  // A page without an <h1> still has its <title>: it leads, as a release's title would.
  if (!hasHeading && title) paragraphs.unshift(decodeEntities(title))
  return paragraphs.join('\n\n')
}
