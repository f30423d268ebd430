import { decodeText, findInvalidUtf8 } from '@/lib/csv/decode-text'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeText', () => {
  it('reads UTF-8 and drops the byte-order mark the export writes', () => {
    expect(decodeText(utf8('\uFEFFaño,Panamá'))).toEqual({ ok: true, text: 'año,Panamá' })
  })

  it('says which line holds the first byte that is not UTF-8 (a Latin-1 file)', () => {
    // "Panamá" in Latin-1: á is the single byte 0xE1.
    const latin1 = new Uint8Array([
      ...utf8('indicator,geography code\nreturns,JAM\nPanam'),
      0xe1,
      ...utf8('\n'),
    ])
    expect(decodeText(latin1)).toEqual({
      ok: false,
      reason: { key: 'import.fileError.notUtf8', vars: { line: 3, byte: 'E1' } },
    })
  })

  it.each([
    ['empty', new Uint8Array(), 'import.fileError.empty'],
    ['UTF-16 little endian', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'import.fileError.utf16'],
    [
      'binary with NUL bytes',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      'import.fileError.binary',
    ],
  ])('refuses a file that is %s', (_name, bytes, key) => {
    const result = decodeText(bytes)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason.key).toBe(key)
  })
})

describe('findInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], null],
    [[0xc3, 0xa1], null],
    [[0x61, 0xc3], { offset: 1, line: 1 }],
    [[0x0a, 0x0a, 0xff], { offset: 2, line: 3 }],
    [[0xe0, 0x80, 0x80], { offset: 0, line: 1 }],
    [[0xf0, 0x9f, 0x98, 0x80], null],
  ])('%j -> %j', (bytes, expected) => {
    expect(findInvalidUtf8(new Uint8Array(bytes))).toEqual(expected)
  })
})

describe('decodeText on a file of 200 kB', () => {
  // Characters of two, three and four bytes throughout.
  const line = 'Panamá,“Synthetic sentence”,😀,año\n'
  const big = '\uFEFF' + line.repeat(Math.ceil((200 * 1024) / utf8(line).length))

  it('gives the same text as decoding in one call, without the byte-order mark', () => {
    const result = decodeText(utf8(big))
    expect(result).toEqual({ ok: true, text: big.slice(1) })
  })

  it('finds a byte that is not UTF-8 past the first chunk, with its line', () => {
    const bytes = utf8(big)
    const at = bytes.lastIndexOf(0x50) // the P of the last “Panamá”: an ASCII byte, now a lone lead byte
    bytes[at] = 0xe1
    const line =
      utf8(big)
        .subarray(0, at)
        .filter((b) => b === 0x0a).length + 1
    expect(decodeText(bytes)).toEqual({
      ok: false,
      reason: { key: 'import.fileError.notUtf8', vars: { line, byte: 'E1' } },
    })
  })

  it('refuses a NUL byte past the first chunk', () => {
    const bytes = utf8(big)
    bytes[bytes.length - 2] = 0
    expect(decodeText(bytes)).toEqual({ ok: false, reason: { key: 'import.fileError.binary' } })
  })

  it('refuses a character cut off at the very end', () => {
    const bytes = utf8(big + 'é').subarray(0, utf8(big + 'é').length - 1)
    expect(decodeText(bytes).ok).toBe(false)
  })
})
