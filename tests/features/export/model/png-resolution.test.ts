import { describe, expect, it } from 'vitest'
import {
  pngSizes,
  readPngDpi,
  readPngSize,
  readPngText,
  withPngDpi,
  withPngText,
} from '@/features/export/model/png-resolution'

// A 1x1 transparent PNG (signature, IHDR, IDAT, IEND), as canvas.toBlob writes it.
const ONE_PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
)

describe('PNG resolution', () => {
  it('reads the pixel size from IHDR', () => {
    expect(readPngSize(ONE_PIXEL)).toEqual({ width: 1, height: 1 })
    expect(readPngSize(new Uint8Array([1, 2, 3]))).toBeNull()
  })

  it.each([150, 300])('states %i dpi, so Word places the image 8 inches wide', (dpi) => {
    expect(readPngDpi(ONE_PIXEL)).toBeNull()
    const stated = withPngDpi(ONE_PIXEL, dpi)
    expect(readPngDpi(stated)).toBe(dpi)
    expect(readPngSize(stated)).toEqual({ width: 1, height: 1 })
    expect(stated.length).toBe(ONE_PIXEL.length + 21)
    // Stating it again rewrites the chunk rather than adding a second one.
    expect(withPngDpi(stated, 72).length).toBe(stated.length)
    expect(readPngDpi(withPngDpi(stated, 72))).toBe(72)
  })

  it('carries the caption as UTF-8 text chunks that read back, the image unchanged', () => {
    const text = {
      Title: 'Retornos forzados',
      Description: 'Fuente: Ministerio.\nAdvertencias: al menos 900 — «datos de 2020».',
    }
    const withText = withPngText(withPngDpi(ONE_PIXEL, 150), text)
    expect(readPngText(withText)).toEqual(text)
    expect(readPngSize(withText)).toEqual({ width: 1, height: 1 })
    expect(readPngDpi(withText)).toBe(150)
    expect(readPngText(ONE_PIXEL)).toEqual({})
  })

  it('sizes the two exports at 1200 and 2400 px, both 8 inches wide', () => {
    expect(pngSizes.screen.width / pngSizes.screen.dpi).toBe(8)
    expect(pngSizes.print.width).toBeGreaterThanOrEqual(2400)
    expect(pngSizes.print.width / pngSizes.print.dpi).toBe(8)
  })

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngDpi(new Uint8Array(30), 300)).toThrow('not a PNG image')
  })
})
