// PNG from the exported SVG: the browser draws the SVG at the target size (vector, so sharp),
// and the canvas encodes it. The same SVG text is what the SVG download holds.
import { scaleSvgDocument, type SvgDocument } from '@/features/export/model/svg-document'
import {
  fitDrawing,
  pngSizes,
  withPngDpi,
  withPngText,
  type PngSize,
} from '@/features/export/model/png-resolution'

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('the browser could not draw the SVG image'))
    image.src = url
  })
}

export async function svgToPng(doc: SvgDocument, size: PngSize): Promise<Blob> {
  const { dpi } = pngSizes[size]
  const { pixelWidth, pixelHeight, scale, x, y } = fitDrawing(doc.width, doc.height, size)
  const url = URL.createObjectURL(
    new Blob([scaleSvgDocument(doc, scale)], { type: 'image/svg+xml' }),
  )
  try {
    const image = await loadImage(url)
    const canvas = document.createElement('canvas')
    canvas.width = pixelWidth
    canvas.height = pixelHeight
    const context = canvas.getContext('2d')
    if (!context) throw new Error('the browser has no drawing canvas')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, pixelWidth, pixelHeight)
    context.drawImage(image, x, y, Math.round(doc.width * scale), Math.round(doc.height * scale))
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))),
        'image/png',
      ),
    )
    const sized = withPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi)
    const bytes = doc.text ? withPngText(sized, doc.text) : sized
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' })
  } finally {
    URL.revokeObjectURL(url)
  }
}
