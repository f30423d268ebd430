// A line chart's shape in words: "Jamaica: fell from 1,757 in 2016 to 562 in 2022, down 68%".
// A change is only computed between two stated point values (shape-summary.ts for the rest).
import type { Language, Translate } from '@/domain/translate'
import type { LinePanel, LinePoint, LineSeries } from '@/features/charts/model/line-model'
import { valueInWords } from '@/features/charts/model/shape-summary'

function percentChange(first: LinePoint, last: LinePoint, lang: Language): string | null {
  if (first.kind !== 'point' || last.kind !== 'point' || first.low === 0) return null
  const share = Math.abs(last.low - first.low) / first.low
  return new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: share < 0.1 ? 1 : 0,
  }).format(share)
}

/** One series in a sentence, from its first to its last figure. */
export function describeSeries(series: LineSeries, lang: Language, t: Translate): string {
  const first = series.points[0]
  const last = series.points[series.points.length - 1]
  if (!first || !last) return ''
  const vars = {
    place: series.label,
    from: valueInWords(first.description, lang, t),
    fromYear: first.description.period,
    to: valueInWords(last.description, lang, t),
    toYear: last.description.period,
  }
  if (first === last)
    return t('charts.shape.single', { place: series.label, value: vars.from, year: vars.fromYear })
  const percent = percentChange(first, last, lang)
  const change =
    percent === null
      ? t('charts.shape.fromTo', vars)
      : last.low === first.low
        ? t('charts.shape.unchanged', vars)
        : t(last.low < first.low ? 'charts.shape.fell' : 'charts.shape.rose', { ...vars, percent })
  const broken = series.points.find((p) => p.breakBefore.length > 0)
  return broken
    ? `${change} ${t('charts.shape.break', { year: broken.description.period })}`
    : change
}

/** Every drawn series of every panel, then the places not drawn. */
export function describeTrend(panels: LinePanel[], lang: Language, t: Translate): string {
  return panels
    .flatMap((panel) => [
      ...panel.series.map((s) => describeSeries(s, lang, t)),
      ...(panel.notDrawn.length > 0
        ? [
            t('charts.shape.notDrawn', {
              count: panel.notDrawn.length,
              places: new Intl.ListFormat(lang, { type: 'conjunction' }).format(panel.notDrawn),
            }),
          ]
        : []),
    ])
    .join(' ')
}
