// The line chart of the indicator view: one chart per unit, each with its trend in words, and the
// view's notes on breaks in a series and on places not drawn. It loads when the Line tab is
// chosen (indicator-figure.tsx), not with the view, whose first view is the bars.
import type { FigureDescription } from '@/domain/figure-description'
import type { Language, Translate } from '@/domain/translate'
import { buildLinePanels, listBreaks, type LinePanel } from '@/features/charts/model/line-model'
import { describeTrend } from '@/features/charts/model/line-summary'

export interface PlannedLines {
  charts: { panel: LinePanel; descriptions: FigureDescription[]; summary: string }[]
  notes: string[]
}

export function planLines(
  descriptions: FigureDescription[],
  lang: Language,
  t: Translate,
): PlannedLines {
  const panels = buildLinePanels(descriptions)
  const notes = [
    ...listBreaks(panels).map((b) =>
      t('dashboard.line.breakNote', {
        place: b.place,
        from: b.from,
        to: b.to,
        reasons: new Intl.ListFormat(lang, { type: 'conjunction' }).format(
          b.reasons.map((r) => t(`dashboard.line.reason.${r}`)),
        ),
      }),
    ),
    ...panels
      .filter((p) => p.notDrawn.length > 0)
      .map((p) =>
        t('dashboard.line.notDrawn', { count: p.notDrawn.length, places: p.notDrawn.join(', ') }),
      ),
  ]
  const charts = panels.map((panel) => ({
    panel,
    descriptions: panel.series.flatMap((s) => s.points.map((p) => p.description)),
    summary: describeTrend([panel], lang, t),
  }))
  return { charts, notes }
}
