// The table every data export shares (CSV, the Excel data sheet, the full dataset): one row per
// figure, built from the same FigureDescription the screen shows, so the files match the view.
import type { DisplayCaveat } from '@/domain/caveats'
import type { Coverage } from '@/domain/dataset-schema'
import type { FigureDescription } from '@/domain/figure-description'
import { estimateBounds } from '@/domain/format-estimate'
import { periodSpan } from '@/domain/period'
import { markedText, withLanguageMark, type Translate } from '@/domain/translate'
import { neutraliseRow, type Cell } from '@/features/export/model/neutralise-cell'

/** Columns of the displayed-data CSV and of the Excel data sheet, in order. */
export const displayedColumns = [
  'indicator',
  'geographyCode',
  'geographyName',
  'year',
  'period',
  'periodStart',
  'periodEnd',
  'estimateKind',
  'value',
  'low',
  'high',
  'unit',
  'currency',
  'coverage',
  'reportingUnits',
  'caveats',
  'sourceDocument',
  'publisher',
  'place',
  'date',
  'address',
  'originalProducer',
  'quotedPerson',
  'evidence',
  'origin',
  'viewNotes',
] as const

/**
 * The full dataset adds the figure's id and the geography's level; it is no view, so it has no
 * notes of the view.
 */
export const fullDatasetColumns = [
  'figureId',
  ...displayedColumns.slice(0, 3),
  'geographyLevel',
  ...displayedColumns.slice(3, -1),
] as const

export type Column = (typeof displayedColumns)[number] | (typeof fullDatasetColumns)[number]

export const CAVEAT_SEPARATOR = ' | '

/** One caveat as a line: "Estimate method: There is no consensus…". */
export function formatCaveat(caveat: DisplayCaveat, t: Translate): string {
  const text = withLanguageMark(caveat.text, caveat.fallbackLang)
  return t('export.caveatEntry', { type: t(`caveatType.${caveat.type}`), text })
}

/**
 * "7 countries" or "3 countries: ATG, BRB, GRD": the count, kind and codes behind the coverage
 * statement, in a column of their own so that a re-imported file keeps them. Empty when not stated.
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

/** All caveats of a figure in one cell, each prefixed by its type. */
export function joinCaveats(caveats: DisplayCaveat[], t: Translate): string {
  return caveats.map((c) => formatCaveat(c, t)).join(CAVEAT_SEPARATOR)
}

function cellOf(column: Column, d: FigureDescription, t: Translate): Cell {
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
    case 'viewNotes':
      // A column of its own that the importer never reads (import/model/columns.ts), so a
      // re-imported export cannot turn a note of the view into a caveat of the figure.
      return d.viewNotes.map((n) => n.text).join(CAVEAT_SEPARATOR) || null
  }
}

export function columnHeaders(columns: readonly Column[], t: Translate): string[] {
  return columns.map((c) => t(`export.column.${c}`))
}

/** Header row plus one neutralised row per figure. */
export function figureTable(
  descriptions: FigureDescription[],
  columns: readonly Column[],
  t: Translate,
): Cell[][] {
  return [
    neutraliseRow(columnHeaders(columns, t)),
    ...descriptions.map((d) => neutraliseRow(columns.map((c) => cellOf(c, d, t)))),
  ]
}
