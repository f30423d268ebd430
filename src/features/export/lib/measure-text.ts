// Text widths for line breaking, measured with this browser's own sans-serif (the font the PNG
// is drawn with). Long lines also carry their length in the SVG, so other fonts still fit.
import { estimateTextWidth, type TextMeasure } from '@/features/export/model/text-layout'

let context: CanvasRenderingContext2D | null | undefined

export const measureText: TextMeasure = (text, fontSize, bold) => {
  if (context === undefined) context = document.createElement('canvas').getContext('2d')
  if (!context) return estimateTextWidth(text, fontSize, bold)
  context.font = `${bold ? '700 ' : ''}${fontSize}px sans-serif`
  return context.measureText(text).width
}
