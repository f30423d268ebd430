// The displayed data as CSV: UTF-8 with a byte-order mark (so Excel reads accents), CRLF line
// ends, quoting by papaparse. Bounds stay bounds: a lower bound has an empty "high".
import Papa from 'papaparse'
import type { FigureDescription } from '@/domain/figure-description'
import type { Translate } from '@/domain/translate'
import { displayedColumns, type ExportColumn } from '@/domain/file-format/columns'
import { figureTable } from '@/features/export/model/figure-rows'

export const BYTE_ORDER_MARK = '\uFEFF'

function toCsv(
  descriptions: FigureDescription[],
  columns: readonly ExportColumn[],
  t: Translate,
  datasetVersion: string,
): string {
  const [header = [], ...rows] = figureTable(descriptions, columns, t, datasetVersion)
  return (
    BYTE_ORDER_MARK +
    Papa.unparse(
      { fields: header.map(String), data: rows },
      { newline: '\r\n', quotes: false, header: true },
    ) +
    '\r\n'
  )
}

/** One row per figure shown, columns as in `displayedColumns`, each naming the dataset version. */
export function buildDisplayedCsv(
  descriptions: FigureDescription[],
  t: Translate,
  datasetVersion: string,
): string {
  return toCsv(descriptions, displayedColumns, t, datasetVersion)
}
