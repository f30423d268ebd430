// Files must be UTF-8. Spreadsheet programs often save "CSV" as Windows-1252/Latin-1, where
// "Año" or "Panamá" become bytes that are not UTF-8; decoding them leniently would silently turn
// names into "A�o", so the import stops and says where the first such byte is.
import type { MessageRef } from '@/domain/translate'

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: MessageRef }

/** 1-based line and the byte offset of the first byte that is not valid UTF-8; null if all valid. */
export function findInvalidUtf8(bytes: Uint8Array): { offset: number; line: number } | null {
  let line = 1
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b === 0x0a) line++
    if (b < 0x80) {
      i++
      continue
    }
    const length =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return { offset: i, line }
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!
      if (c < 0x80 || c > 0xbf) return { offset: i, line }
    }
    // Overlong forms and surrogates, which TextDecoder also rejects.
    const second = bytes[i + 1]!
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    ) {
      return { offset: i, line }
    }
    i += length
  }
  return null
}

/** UTF-8 text without its byte-order mark, or the reason it cannot be read. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: { key: 'import.fileError.empty' } }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: { key: 'import.fileError.utf16' } }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    // A NUL byte is the only UTF-8 form of U+0000: looking in the bytes is faster than in the text.
    if (bytes.indexOf(0) !== -1) return { ok: false, reason: { key: 'import.fileError.binary' } }
    return { ok: true, text }
  } catch {
    const at = findInvalidUtf8(bytes) ?? { offset: 0, line: 1 }
    const byte = (bytes[at.offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return { ok: false, reason: { key: 'import.fileError.notUtf8', vars: { line: at.line, byte } } }
  }
}
