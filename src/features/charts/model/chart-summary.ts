// The text alternative of a chart, built from the same descriptions the chart draws.
import type { FigureDescription } from '@/domain/figure-description'
import type { Translate } from '@/domain/translate'
import { kindNote } from '@/features/charts/model/chart-model'

/** "Migrants smuggled, World, 2016: at least 2.5 million people (lower bound)." */
export function summarizeFigure(d: FigureDescription, t: Translate): string {
  const figure = t('dashboard.summary.figure', {
    indicator: d.indicatorName.text,
    place: d.placeName.text,
    year: d.period,
    value: d.valueWithUnit,
    kind: kindNote(d.estimateKind, t),
  })
  return d.imported ? t('dashboard.summary.imported', { figure, origin: d.imported.label }) : figure
}

/** Every figure of a chart in one paragraph. */
export function summarizeChart(descriptions: FigureDescription[], t: Translate): string {
  return descriptions.map((d) => summarizeFigure(d, t)).join(' ')
}
