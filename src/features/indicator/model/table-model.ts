// The table of an indicator's figures: rows with footnote marks for caveats and sources, so each
// row carries both without turning the table into a wall of text.
import type { DisplayCaveat } from '@/domain/caveats'
import type { FigureDescription } from '@/domain/figure-description'

export interface CaveatNote {
  number: number
  caveat: DisplayCaveat
}

export interface SourceNote {
  /** "a", "b", … */
  mark: string
  line: string
}

export interface TableRow {
  description: FigureDescription
  /** Numbers of this row's caveats in the caveat notes. */
  caveatNumbers: number[]
  /** Mark of this row's source in the source notes. */
  sourceMark: string
}

export interface TableModel {
  rows: TableRow[]
  caveatNotes: CaveatNote[]
  sourceNotes: SourceNote[]
  /** Notes of the view (an aggregate under a country filter), once each; never among the caveats. */
  viewNotes: string[]
}

/** A letter mark: a … z, then aa, ab, … */
export function sourceMark(position: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  return position < 26
    ? letters[position]!
    : sourceMark(Math.floor(position / 26) - 1) + letters[position % 26]!
}

/** Rows in the given order; a caveat or source shared by several rows gets one note. */
export function buildTableModel(descriptions: FigureDescription[]): TableModel {
  const caveatNumbers = new Map<string, number>()
  const caveatNotes: CaveatNote[] = []
  const sourceMarks = new Map<string, string>()
  const sourceNotes: SourceNote[] = []
  const rows = descriptions.map((description): TableRow => {
    const numbers = description.caveats.map((caveat) => {
      const key = `${caveat.type}|${caveat.text}`
      let number = caveatNumbers.get(key)
      if (number === undefined) {
        number = caveatNotes.length + 1
        caveatNumbers.set(key, number)
        caveatNotes.push({ number, caveat })
      }
      return number
    })
    let mark = sourceMarks.get(description.sourceLine)
    if (mark === undefined) {
      mark = sourceMark(sourceNotes.length)
      sourceMarks.set(description.sourceLine, mark)
      sourceNotes.push({ mark, line: description.sourceLine })
    }
    return { description, caveatNumbers: numbers, sourceMark: mark }
  })
  const viewNotes = [...new Set(descriptions.flatMap((d) => d.viewNotes.map((n) => n.text)))]
  return { rows, caveatNotes, sourceNotes, viewNotes }
}
