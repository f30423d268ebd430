// Text alternatives that state the shape of the data, not only its values: "Jamaica: fell from
// 1,757 in 2016 to 562 in 2022, down 68%", "Highest: Dominican Republic, 1,835; lowest: …".
// Estimate kinds are kept in words ("at least", "between"); a change is only computed between
// two stated point values. Used by the overview's small charts and the indicator's charts.
import type { FigureDescription } from '@/domain/figure-description'
import { compareEstimates, formatEstimate } from '@/domain/format-estimate'
import type { Language, Translate } from '@/domain/translate'
import type { LinePanel, LinePoint, LineSeries } from '@/features/charts/model/line-model'

/** The value in words with its kind: "4,323", "at least 900", "between 300 and 450". */
export function valueInWords(d: FigureDescription, lang: Language, t: Translate): string {
  const { estimate } = d.figure
  if (estimate.kind !== 'range') return d.value
  const end = (value: number) => formatEstimate({ kind: 'point', value }, d.figure, lang, t)
  return t('charts.shape.between', { low: end(estimate.low), high: end(estimate.high) })
}

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

/** "Highest: Dominican Republic, 1,835; lowest: Trinidad and Tobago, 73." (one figure: its value) */
export function describeRanking(
  descriptions: FigureDescription[],
  lang: Language,
  t: Translate,
): string {
  if (descriptions.length === 0) return ''
  const ranked = [...descriptions].sort((a, b) =>
    compareEstimates(b.figure.estimate, a.figure.estimate),
  )
  const place = (d: FigureDescription) =>
    t('charts.shape.place', { place: d.placeName.text, year: d.period })
  const top = ranked[0]!
  const bottom = ranked[ranked.length - 1]!
  if (ranked.length === 1)
    return t('charts.shape.only', { place: place(top), value: valueInWords(top, lang, t) })
  return t('charts.shape.ranking', {
    count: ranked.length,
    top: place(top),
    topValue: valueInWords(top, lang, t),
    bottom: place(bottom),
    bottomValue: valueInWords(bottom, lang, t),
  })
}

/** What a keyboard user hears on a point: value with its kind, place, period, caveats, position. */
export function describePoint(
  d: FigureDescription,
  position: number,
  total: number,
  lang: Language,
  t: Translate,
): string {
  return t('charts.point', {
    place: d.placeName.text,
    year: d.period,
    value: valueInWords(d, lang, t),
    kind: t(`figure.estimateKind.${d.estimateKind}`),
    count: d.caveats.length,
    position,
    total,
  })
}
