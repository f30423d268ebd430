// The 1200 × 630 image a pasted link shows (Open Graph / Twitter card): the figure, its coverage
// caveat and its source, drawn as SVG and rasterised at build time by resvg (WebAssembly, no
// browser), with the Inter font from its npm package, since resvg has no system fonts.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { initWasm, Resvg } from '@resvg/resvg-wasm'

export const PREVIEW_WIDTH = 1200
export const PREVIEW_HEIGHT = 630

/** What one preview says; every field is plain text (escaped here). */
export interface PreviewCard {
  /** The dashboard's name, at the top. */
  app: string
  /** The indicator's or the view's name. */
  title: string
  /** "at least 2.5 million persons"; absent for a view without one figure. */
  value?: string
  /** "World · 2016". */
  where?: string
  /** "Coverage: …" or the view's description. */
  note: string
  /** "Source: …"; absent for a view without one figure. */
  source?: string
}

const require = createRequire(import.meta.url)
const fontFiles = [
  '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
]

let ready: Promise<Uint8Array[]> | undefined
function setUp(): Promise<Uint8Array[]> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).then(() =>
    fontFiles.map((file) => new Uint8Array(readFileSync(require.resolve(file)))),
  )
  return ready
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/**
 * Lines of at most `width` pixels, by an average advance of Inter (0.56 em regular, 0.6 em
 * bold, a little wide on purpose so a line never runs off); past `maxLines` the last ends in "…".
 */
export function wrapText(
  text: string,
  fontSize: number,
  width: number,
  maxLines: number,
  bold = false,
): string[] {
  const perLine = Math.floor(width / (fontSize * (bold ? 0.6 : 0.56)))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= perLine) line = next
    else {
      if (line) lines.push(line)
      line = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  // The last line ends in "…", a whole word dropped to make room.
  let last = kept[maxLines - 1]!
  while (last.length + 1 > perLine && last.includes(' '))
    last = last.slice(0, last.lastIndexOf(' '))
  kept[maxLines - 1] = `${last.slice(0, perLine - 1)}…`
  return kept
}

/** The SVG of a preview card (1200 × 630). */
export function previewSvg(card: PreviewCard): string {
  const margin = 64
  const width = PREVIEW_WIDTH - 2 * margin
  const parts: string[] = []
  let y = 0
  const block = (
    text: string,
    size: number,
    maxLines: number,
    { bold = false, fill = '#1b1f24', gap = 0.3 } = {},
  ) => {
    for (const line of wrapText(text, size, width, maxLines, bold)) {
      y += size * 1.22
      parts.push(
        `<text x="${margin}" y="${y.toFixed(0)}" font-size="${size}" font-weight="${bold ? 700 : 400}" fill="${fill}">${escape(line)}</text>`,
      )
    }
    y += size * gap
  }
  y = 64
  block(card.app, 26, 1, { fill: '#4a5560', gap: 0.9 })
  block(card.title, 44, 2, { bold: true, gap: 0.4 })
  if (card.value) block(card.value, 76, 1, { bold: true, fill: '#1f4e79', gap: 0.2 })
  if (card.where) block(card.where, 30, 1, { fill: '#4a5560', gap: 0.8 })
  const noteTop = y
  block(card.note, 27, card.value ? 3 : 5, { gap: 0.5 })
  const noteBottom = y
  if (card.source) block(card.source, 22, 3, { fill: '#4a5560' })
  const rule = `<rect x="${margin - 24}" y="${noteTop + 4}" width="6" height="${(noteBottom - noteTop - 6).toFixed(0)}" fill="#b7791f"/>`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="Inter">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect width="100%" height="12" fill="#1f4e79"/>`,
    rule,
    ...parts,
    `</svg>`,
  ].join('\n')
}

/** The PNG of a preview card. */
export async function renderPreview(card: PreviewCard): Promise<Uint8Array> {
  const fontBuffers = await setUp()
  const resvg = new Resvg(previewSvg(card), {
    font: { fontBuffers, defaultFontFamily: 'Inter', loadSystemFonts: false },
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
  })
  return resvg.render().asPng()
}
