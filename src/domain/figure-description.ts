// One metadata model, many outputs: the card, the chart caption, the table row, the CSV row,
// the exported image and the citation all read this description of a figure.
import type { EstimateKind } from '@/domain/dataset-schema'
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import type { FigureMatch } from '@/domain/geography'
import { caveatsForDisplay, formatCoverage, type DisplayCaveat } from '@/domain/caveats'
import { formatEstimate, formatEstimateWithUnit, formatUnit } from '@/domain/format-estimate'
import { formatPeriod } from '@/domain/period'
import {
  describeSource,
  formatDate,
  formatSourceLine,
  type SourceDescription,
} from '@/domain/source'
import type { ViewNote, viewNotesFor } from '@/domain/view-notes'
import { pickText, type Language, type PickedText, type Translate } from '@/domain/translate'

/** An imported figure's provenance as every output states it. */
export interface ImportedOrigin {
  fileName: string
  /** The import date in the language's long form. */
  date: string
  /** "Imported from jamaica-deportees.csv on 29 November 2026", "Importada de … el …". */
  label: string
}

/**
 * How a view under a place filter writes its notes (domain/view-notes.ts). It is passed in, not
 * imported, so its code and texts load only once a place is selected (first-view budget).
 */
export type NotesFor = typeof viewNotesFor

export interface FigureDescription {
  figure: DatasetFigure
  indicatorName: PickedText
  placeName: PickedText
  placeLevel: 'world' | 'region' | 'country'
  year: number
  /** The period as the source writes it: "2018", "FY2019 (Oct 2018 – Sep 2019)", "March 2019". */
  period: string
  estimateKind: EstimateKind
  /** "at least 2.5 million" */
  value: string
  /** "at least 2.5 million people" (money already names its currency) */
  valueWithUnit: string
  estimateKindLabel: string
  unitLabel: string
  isAggregate: boolean
  coverage: string
  /** The figure's own caveats (what travels with it in every output and import). */
  caveats: DisplayCaveat[]
  /** Notes of this view (why an aggregate is shown under a country filter); never caveats. */
  viewNotes: ViewNote[]
  /** Set for a figure imported in this browser; null for the built-in data. */
  imported: ImportedOrigin | null
  source: SourceDescription
  sourceLine: string
  /** Ids of the definitions the figure's indicator relies on, for links to the definitions view. */
  definitionIds?: string[]
}

function describeImport(
  figure: DatasetFigure,
  lang: Language,
  t: Translate,
): ImportedOrigin | null {
  if (figure.origin.kind !== 'imported') return null
  const { fileName, importedAt } = figure.origin
  const date = formatDate(importedAt.slice(0, 10), lang)
  return { fileName, date, label: t('origin.imported', { file: fileName, date }) }
}

/** `notesFor` is needed only under a place filter, where aggregates carry notes of the view. */
export function describeFigure(
  match: FigureMatch,
  index: DatasetIndex,
  lang: Language,
  t: Translate,
  notesFor?: NotesFor,
): FigureDescription {
  const { figure } = match
  const indicator = index.indicators.get(figure.indicatorId)
  const place = index.geographies.get(figure.geographyCode)
  return {
    figure,
    indicatorName: indicator
      ? pickText(indicator.name, lang)
      : { text: figure.indicatorId, lang, fallback: false },
    placeName: place
      ? pickText(place.name, lang)
      : { text: figure.geographyCode, lang, fallback: false },
    placeLevel: place?.level ?? 'country',
    year: figure.year,
    period: formatPeriod(figure, lang, t),
    estimateKind: figure.estimate.kind,
    value: formatEstimate(figure.estimate, figure, lang, t),
    valueWithUnit: formatEstimateWithUnit(figure, lang, t),
    estimateKindLabel: t(`figure.estimateKind.${figure.estimate.kind}`),
    unitLabel: figure.currency ? t(`unit.currency`) : formatUnit(figure.unit, t),
    isAggregate: match.kind === 'aggregate' || (place?.level ?? 'country') !== 'country',
    coverage: formatCoverage(match, index, lang, t),
    caveats: caveatsForDisplay(match, lang, t),
    viewNotes: match.kind === 'aggregate' && notesFor ? notesFor(match, index, lang, t) : [],
    imported: describeImport(figure, lang, t),
    source: describeSource(figure, index, lang, t),
    sourceLine: formatSourceLine(figure, index, lang, t),
    definitionIds: indicator?.definitionIds,
  }
}
