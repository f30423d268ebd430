// Spreadsheet programs run a cell that starts with one of these characters as a formula
// (CSV/formula injection, OWASP). A leading single quote makes them show it as text instead.
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

/**
 * A text cell that is safe to open in Excel, LibreOffice or Google Sheets. A text that already
 * starts with a quote and a trigger ("'@home") gets one too, so the importer, which drops the
 * added quote, reads it back as written.
 */
export function neutraliseCell(text: string): string {
  const start = text.startsWith("'") ? text.slice(1) : text
  return FORMULA_TRIGGERS.some((c) => start.startsWith(c)) ? `'${text}` : text
}

/** A cell of an exported table: text is neutralised, numbers and empty cells pass unchanged. */
export type Cell = string | number | null

export function neutraliseRow(row: Cell[]): Cell[] {
  return row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell))
}
