// Word and PowerPoint size an inserted PNG by its stated resolution (the pHYs chunk); without
// one they assume 96 dpi and a print-quality image lands several pages wide. This writes it.

/**
 * The export's image sizes: width in px and the resolution that gives its size on paper. `page` is
 * 16 cm wide at 300 dpi and at most 22 cm tall (a portrait A4 or Letter page inside its margins);
 * `slide` is a 16:9 slide (13.33 × 7.5 in at 144 dpi), the drawing fitted inside it.
 */
export const pngSizes = {
  screen: { width: 1200, dpi: 150 },
  print: { width: 2400, dpi: 300 },
  page: { width: 1890, dpi: 300, maxHeight: 2598 },
  slide: { width: 1920, dpi: 144, height: 1080 },
} as const
export type PngSize = keyof typeof pngSizes

/**
 * The canvas for a drawing of `width` × `height` CSS px at `size`: its pixel size and the scale
 * and offset of the drawing in it. A page image keeps its proportions within the page's height; a
 * slide image is exactly the slide, the drawing centred in it.
 */
export function fitDrawing(
  width: number,
  height: number,
  size: PngSize,
): { pixelWidth: number; pixelHeight: number; scale: number; x: number; y: number } {
  const box = pngSizes[size]
  let scale = box.width / width
  if ('maxHeight' in box) scale = Math.min(scale, box.maxHeight / height)
  if ('height' in box) {
    scale = Math.min(scale, box.height / height)
    const x = Math.round((box.width - width * scale) / 2)
    const y = Math.round((box.height - height * scale) / 2)
    return { pixelWidth: box.width, pixelHeight: box.height, scale, x, y }
  }
  return {
    pixelWidth: Math.round(width * scale),
    pixelHeight: Math.round(height * scale),
    scale,
    x: 0,
    y: 0,
  }
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]
const INCH_PER_METRE = 39.3701

let crcTable: Uint32Array | null = null
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (const b of bytes) crc = (crcTable[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** Width and height from the IHDR chunk; null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Offset of the pHYs chunk, or -1 when there is none before the image data. */
function findPhys(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = 8
  while (offset + 8 <= bytes.length) {
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    if (type === 'pHYs') return offset
    if (type === 'IDAT' || type === 'IEND') return -1
    offset += 12 + view.getUint32(offset)
  }
  return -1
}

/** Resolution in dots per inch from the pHYs chunk, or null when the PNG does not state it. */
export function readPngDpi(bytes: Uint8Array): number | null {
  const at = findPhys(bytes)
  if (at < 0 || bytes[at + 16] !== 1) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return Math.round(view.getUint32(at + 8) / INCH_PER_METRE)
}

function physChunk(dpi: number): Uint8Array {
  const pixelsPerMetre = Math.round(dpi * INCH_PER_METRE)
  const chunk = new Uint8Array(21)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, 9)
  chunk.set([112, 72, 89, 115], 4) // "pHYs"
  view.setUint32(8, pixelsPerMetre)
  view.setUint32(12, pixelsPerMetre)
  chunk[16] = 1 // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)))
  return chunk
}

/** The PNG stating `dpi`: an existing pHYs chunk is rewritten, else one is put right after IHDR. */
export function withPngDpi(bytes: Uint8Array, dpi: number): Uint8Array {
  if (!readPngSize(bytes)) throw new Error('not a PNG image')
  const chunk = physChunk(dpi)
  const existing = findPhys(bytes)
  if (existing >= 0) {
    const out = bytes.slice()
    out.set(chunk, existing)
    return out
  }
  const ihdrEnd = 8 + 12 + 13
  const out = new Uint8Array(bytes.length + chunk.length)
  out.set(bytes.subarray(0, ihdrEnd), 0)
  out.set(chunk, ihdrEnd)
  out.set(bytes.subarray(ihdrEnd), ihdrEnd + chunk.length)
  return out
}

/**
 * The PNG carrying `text` as iTXt chunks (UTF-8) after IHDR: "Title" and "Description" hold the
 * image's caption (source, notes, every caveat, link), so the words travel with the pixels and
 * can be read by a screen reader's image description, a catalogue, or a test.
 */
export function withPngText(bytes: Uint8Array, text: Record<string, string>): Uint8Array {
  if (!readPngSize(bytes)) throw new Error('not a PNG image')
  const encoder = new TextEncoder()
  const chunks = Object.entries(text).map(([keyword, value]) => {
    // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text
    const data = new Uint8Array([
      ...encoder.encode(keyword),
      0,
      0,
      0,
      0,
      0,
      ...encoder.encode(value),
    ])
    const chunk = new Uint8Array(12 + data.length)
    const view = new DataView(chunk.buffer)
    view.setUint32(0, data.length)
    chunk.set([105, 84, 88, 116], 4) // "iTXt"
    chunk.set(data, 8)
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)))
    return chunk
  })
  const ihdrEnd = 8 + 12 + 13
  const size = chunks.reduce((sum, c) => sum + c.length, 0)
  const out = new Uint8Array(bytes.length + size)
  out.set(bytes.subarray(0, ihdrEnd), 0)
  let at = ihdrEnd
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  out.set(bytes.subarray(ihdrEnd), at)
  return out
}

/** The iTXt texts of a PNG by keyword (for checks and tests). */
export function readPngText(bytes: Uint8Array): Record<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const decoder = new TextDecoder()
  const found: Record<string, string> = {}
  let offset = 8
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    if (type === 'iTXt') {
      const data = bytes.subarray(offset + 8, offset + 8 + length)
      const keywordEnd = data.indexOf(0)
      // After the keyword: flag, method, language tag \0, translated keyword \0, then the text.
      const languageEnd = data.indexOf(0, keywordEnd + 3)
      const translatedEnd = data.indexOf(0, languageEnd + 1)
      found[decoder.decode(data.subarray(0, keywordEnd))] = decoder.decode(
        data.subarray(translatedEnd + 1),
      )
    }
    if (type === 'IEND') break
    offset += 12 + length
  }
  return found
}
