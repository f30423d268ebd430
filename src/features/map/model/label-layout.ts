// Names beside the circles of small countries, so that the Lesser Antilles can be read off the
// map: each label right of its circle (left near the right edge), pushed down below any label
// it would overlap, with a leader line back to its circle when it moved.
import { estimateTextWidth } from '@/features/export/model/text-layout'

export interface LabelInput {
  code: string
  name: string
  /** The circle's centre. */
  x: number
  y: number
}

export interface PlacedLabel extends LabelInput {
  /** The text's anchor point (baseline) and side. */
  textX: number
  textY: number
  anchor: 'start' | 'end'
  /** From the circle's edge to the label, when the label was pushed away from its circle. */
  leader: [number, number, number, number] | null
}

export const LABEL_FONT = 12
const LINE = 14
const OFFSET = 11

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/** Labels for circles at (x, y) in a map `width` px wide, top to bottom. */
export function layoutLabels(inputs: readonly LabelInput[], width: number): PlacedLabel[] {
  const placed: (PlacedLabel & { box: Box })[] = []
  for (const input of [...inputs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const textWidth = estimateTextWidth(input.name, LABEL_FONT, false)
    const anchor = input.x + OFFSET + textWidth > width - 4 ? 'end' : 'start'
    const textX = anchor === 'start' ? input.x + OFFSET : input.x - OFFSET
    const left = anchor === 'start' ? textX : textX - textWidth
    let textY = input.y + 4
    const boxAt = (y: number): Box => ({
      left,
      right: left + textWidth,
      top: y - LINE + 3,
      bottom: y + 3,
    })
    // Below every label already placed that it would overlap (labels are placed top to bottom).
    for (let moved = true; moved;) {
      moved = false
      for (const other of placed)
        if (overlaps(boxAt(textY), other.box)) {
          textY = other.box.bottom + LINE - 3
          moved = true
        }
    }
    const shifted = textY - (input.y + 4) > 4
    placed.push({
      ...input,
      textX,
      textY,
      anchor,
      leader: shifted ? [input.x, input.y + 7, textX, textY - 4] : null,
      box: boxAt(textY),
    })
  }
  return placed.map(({ box: _box, ...label }) => label)
}
