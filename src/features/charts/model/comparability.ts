// The comparability guard: what a chart puts side by side that does not compare directly. The
// notes belong to the view (they exist because these figures are shown together), never to a
// figure: they go beside the chart and into its image exports, not into a figure's caveats.
import type { FigureDescription } from '@/domain/figure-description'
import type { Language, Translate } from '@/domain/translate'
import { definitionKey, sourceKey } from '@/features/charts/model/series-breaks'
import { unitsNote } from '@/features/charts/model/units-note'
import { figureTimeSpan } from '@/features/charts/model/time-span'

export const guardKinds = [
  'unit',
  'coverage',
  'definition',
  'period-type',
  'estimate-kind',
  'source',
] as const
export type GuardKind = (typeof guardKinds)[number]

export interface GuardNote {
  kind: GuardKind
  text: string
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)]
}

/** A note for each way the figures differ, in a fixed order; none when they all compare. */
export function checkComparability(
  descriptions: FigureDescription[],
  lang: Language,
  t: Translate,
): GuardNote[] {
  if (descriptions.length < 2) return []
  const list = (items: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items)
  const notes: GuardNote[] = []
  const units = unitsNote(descriptions, lang, t)
  if (units) notes.push({ kind: 'unit', text: units })
  if (distinct(descriptions.map((d) => d.coverage)).length > 1)
    notes.push({ kind: 'coverage', text: t('dashboard.guard.coverage') })
  if (distinct(descriptions.map(definitionKey)).length > 1)
    notes.push({ kind: 'definition', text: t('dashboard.guard.definition') })
  const periodTypes = distinct(descriptions.map((d) => figureTimeSpan(d.figure).periodType))
  if (periodTypes.length > 1) {
    notes.push({
      kind: 'period-type',
      text: t('dashboard.guard.periodType', {
        types: list(periodTypes.map((p) => t(`dashboard.periodType.${p}`))),
      }),
    })
  }
  const kinds = distinct(descriptions.map((d) => d.estimateKind))
  if (kinds.length > 1)
    notes.push({
      kind: 'estimate-kind',
      text: t('dashboard.guard.estimateKind', {
        kinds: list(kinds.map((k) => t(`dashboard.kindName.${k}`))),
      }),
    })
  const sources = distinct(descriptions.map(sourceKey))
  if (sources.length > 1)
    notes.push({ kind: 'source', text: t('dashboard.guard.source', { count: sources.length }) })
  return notes
}
