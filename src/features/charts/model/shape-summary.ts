// Text alternatives that state the shape of the data, not only its values: "Jamaica: fell from
// 1,757 in 2016 to 562 in 2022, down 68%", "Highest: Dominican Republic, 1,835; lowest: …".
// Estimate kinds are kept in words ("at least", "between"); a change is only computed between
// two stated point values. Used by the overview's small charts and the indicator's charts; the
// lines' sentences are in line-summary.ts.
import type { FigureDescription } from '@/domain/figure-description'
import { compareEstimates, formatEstimate } from '@/domain/format-estimate'
import type { Language, Translate } from '@/domain/translate'

/** The value in words with its kind: "4,323", "at least 900", "between 300 and 450". */
export function valueInWords(d: FigureDescription, lang: Language, t: Translate): string {
  const { estimate } = d.figure
  if (estimate.kind !== 'range') return d.value
  const end = (value: number) => formatEstimate({ kind: 'point', value }, d.figure, lang, t)
  return t('charts.shape.between', { low: end(estimate.low), high: end(estimate.high) })
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
