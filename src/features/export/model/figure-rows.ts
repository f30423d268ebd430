// The table every data export shares (CSV, the Excel data sheet, the full dataset): one row per
// figure, built from the same FigureDescription the screen shows, so the files match the view.
import { columnHeader, type ExportColumn } from '@/domain/file-format/columns'
import {
  CELL_SEPARATOR,
  formatReportingUnits,
  joinCaveats,
  neutraliseRow,
  type Cell,
} from '@/domain/file-format/write-cells'
import type { FigureDescription } from '@/domain/figure-description'
import { estimateBounds } from '@/domain/format-estimate'
import { periodSpan } from '@/domain/period'
import { markedText, type Translate } from '@/domain/translate'

function cellOf(
  column: ExportColumn,
  d: FigureDescription,
  t: Translate,
  datasetVersion: string,
): Cell {
  const bounds = estimateBounds(d.figure.estimate)
  switch (column) {
    case 'figureId':
      return d.figure.id
    case 'indicator':
      return markedText(d.indicatorName)
    case 'geographyCode':
      return d.figure.geographyCode
    case 'geographyName':
      return markedText(d.placeName)
    case 'geographyLevel':
      return d.placeLevel
    case 'year':
      return d.year
    case 'period':
      return d.period
    case 'periodStart':
      return periodSpan(d.figure).start
    case 'periodEnd':
      return periodSpan(d.figure).end
    case 'estimateKind':
      return d.estimateKindLabel
    case 'value':
      return d.value
    case 'low':
      return bounds.low
    case 'high':
      // An upper bound's limit is its value; "high" stays empty, as the import format reads it.
      return d.figure.estimate.kind === 'upper-bound' ? null : bounds.high
    case 'unit':
      return d.unitLabel
    case 'currency':
      return d.figure.currency ?? null
    case 'coverage':
      return d.coverage
    case 'reportingUnits':
      return formatReportingUnits(d.figure.coverage, t)
    case 'caveats':
      return joinCaveats(d.caveats, t)
    case 'sourceDocument':
      return d.source.documentTitle
    case 'publisher':
      return d.source.publisher
    case 'place':
      return d.source.place
    case 'date':
      return d.source.isoDate ?? d.source.date
    case 'address':
      return d.source.url ?? t('export.noAddress')
    case 'originalProducer':
      return d.source.originalProducer
    case 'quotedPerson':
      return d.source.quoted ?? t('export.nobodyQuoted')
    case 'evidence':
      return d.source.evidence ?? t('export.notStated')
    case 'origin':
      return d.imported ? d.imported.label : t('export.originBuiltIn')
    case 'datasetVersion':
      return datasetVersion || t('export.notStated')
    case 'viewNotes':
      // A column of its own that the importer never reads (domain/file-format/columns.ts), so a
      // re-imported export cannot turn a note of the view into a caveat of the figure.
      return d.viewNotes.map((n) => n.text).join(CELL_SEPARATOR) || null
  }
}

/** Header row plus one neutralised row per figure; `datasetVersion` is the loaded built-in data's. */
export function figureTable(
  descriptions: FigureDescription[],
  columns: readonly ExportColumn[],
  t: Translate,
  datasetVersion: string,
): Cell[][] {
  return [
    neutraliseRow(columns.map((c) => columnHeader(c, t))),
    ...descriptions.map((d) => neutraliseRow(columns.map((c) => cellOf(c, d, t, datasetVersion)))),
  ]
}
