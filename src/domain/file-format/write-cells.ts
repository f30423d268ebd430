// Writing the cells of the file format (columns.ts): several entries in one cell, caveats with
// their type, the reporting units beside the coverage, the value "as displayed", and the guard
// that keeps a cell from running as a formula. The readers (read-cells.ts and the others) read
// each of these back.
import type { DisplayCaveat } from '@/domain/caveats'
import type { Coverage } from '@/domain/dataset-schema'
import { withLanguageMark, type Translate } from '@/domain/translate'

/** Between the entries of a cell that holds several (caveats, view notes). */
export const CELL_SEPARATOR = ' | '

/** One caveat as an entry of the caveats cell: "Estimate method: There is no consensus…". */
export function formatCaveat(caveat: DisplayCaveat, t: Translate): string {
  const text = withLanguageMark(caveat.text, caveat.fallbackLang)
  return t('export.caveatEntry', { type: t(`caveatType.${caveat.type}`), text })
}

/** All caveats of a figure in one cell, each prefixed by its type. */
export function joinCaveats(caveats: DisplayCaveat[], t: Translate): string {
  return caveats.map((c) => formatCaveat(c, t)).join(CELL_SEPARATOR)
}

/** The entries of a caveats cell as type label and text ("Coverage: text" -> ["Coverage", "text"]); label null without a colon. */
export function splitCaveats(
  cell: string,
): { label: string | null; text: string; entry: string }[] {
  return cell.split(CELL_SEPARATOR).map((entry) => {
    const colon = entry.indexOf(':')
    return colon > 0
      ? { label: entry.slice(0, colon), text: entry.slice(colon + 1).trim(), entry }
      : { label: null, text: '', entry }
  })
}

/**
 * "7 countries" or "3 countries: ATG, BRB, GRD": the count, kind and codes behind the coverage
 * statement, in a column of their own so that a re-imported file keeps them; null when not stated.
 */
export function formatReportingUnits(coverage: Coverage, t: Translate): string | null {
  if (coverage.reportingUnitCount === null) return null
  const count = coverage.reportingUnitType
    ? t(`export.reportingUnitType.${coverage.reportingUnitType}`, {
        count: coverage.reportingUnitCount,
      })
    : String(coverage.reportingUnitCount)
  return coverage.reportingUnits?.length ? `${count}: ${coverage.reportingUnits.join(', ')}` : count
}

/**
 * The value "as displayed": the `value` column holds the value as the screen shows it ("at least
 * 2.5 million", in the file's language, possibly rounded), and `low` and `high` hold the numbers.
 * A file of a person's own may give the number in `value` alone: the value column is read as a
 * number only when `low` is empty.
 */
export function valueColumnIsNumber(lowCell: string): boolean {
  return lowCell.trim() === ''
}

// Spreadsheet programs run a cell that starts with one of these characters as a formula
// (CSV/formula injection, OWASP). A leading single quote makes them show it as text instead.
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

/**
 * A text cell that is safe to open in Excel, LibreOffice or Google Sheets. A text that already
 * starts with a quote and a trigger ("'@home") gets one too, so that unguardCell reads it back
 * as written.
 */
export function neutraliseCell(text: string): string {
  const start = text.startsWith("'") ? text.slice(1) : text
  return FORMULA_TRIGGERS.some((c) => start.startsWith(c)) ? `'${text}` : text
}

/** The cell as written before neutraliseCell: the quote added before a formula trigger dropped. */
export function unguardCell(text: string): string {
  return text.charCodeAt(0) === 39 && /^''?[=+\-@\t\r]/.test(text) ? text.slice(1) : text
}

/** A cell of an exported table: text is neutralised, numbers and empty cells pass unchanged. */
export type Cell = string | number | null

export function neutraliseRow(row: Cell[]): Cell[] {
  return row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell))
}
