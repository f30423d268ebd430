// One metadata model, many outputs: the card, the chart caption, the table row, the CSV row,
// the exported image and the citation all read this description of a figure.
import type { EstimateKind } from '@/domain/dataset-schema'
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import type { FigureMatch } from '@/domain/geography'
import { caveatsForDisplay, formatCoverage, type DisplayCaveat } from '@/domain/caveats'
import { formatEstimate, formatEstimateWithUnit, formatUnit } from '@/domain/format-estimate'
import { formatPeriod } from '@/domain/period'
import { describeSource, formatSourceLine, type SourceDescription } from '@/domain/source'
import { pickText, type Language, type PickedText, type Translate } from '@/domain/translate'

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
  caveats: DisplayCaveat[]
  source: SourceDescription
  sourceLine: string
  /** Ids of the definitions the figure's indicator relies on, for links to the definitions view. */
  definitionIds?: string[]
}

export function describeFigure(
  match: FigureMatch,
  index: DatasetIndex,
  lang: Language,
  t: Translate,
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
    caveats: caveatsForDisplay(match, index, lang, t),
    source: describeSource(figure, index, lang, t),
    sourceLine: formatSourceLine(figure, index, lang, t),
    definitionIds: indicator?.definitionIds,
  }
}
