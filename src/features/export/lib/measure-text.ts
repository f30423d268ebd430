// Text widths for line breaking, measured by this browser's own sans-serif. The estimate is kept
// as a floor so lines also fit where the generic font is wider (the SVG may open elsewhere).
import { estimateTextWidth, type TextMeasure } from '@/features/export/model/text-layout'

let context: CanvasRenderingContext2D | null | undefined

export const measureText: TextMeasure = (text, fontSize, bold) => {
  if (context === undefined) context = document.createElement('canvas').getContext('2d')
  const estimate = estimateTextWidth(text, fontSize, bold)
  if (!context) return estimate
  context.font = `${bold ? '700 ' : ''}${fontSize}px sans-serif`
  return Math.max(context.measureText(text).width, estimate)
}
