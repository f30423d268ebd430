// The map's key, laid out for a width: the unit and period, one entry per class (with its
// bounds in words), zero and "no figure" apart from the classes, the hatches of lower bounds and
// ranges, the circles of small countries, and each outlined region with its coverage. Pure, so
// the screen and the exported image (which copies the screen's drawing) read the same key.
import { formatNumber } from '@/domain/format-estimate'
import type { Language, Translate } from '@/domain/translate'
import { estimateTextWidth, wrapText } from '@/features/export/model/text-layout'
import { classFill, NO_DATA_FILL } from '@/features/map/model/map-classes'
import type { MapModel } from '@/features/map/model/map-model'

/** The sample drawn beside an entry. */
export type KeySample =
  | { kind: 'fill'; fill: string; pattern?: 'hatch' | 'back' | 'cross' }
  | { kind: 'outline' }
  | { kind: 'reporter' }
  | { kind: 'circle' }
  | { kind: 'none' }

export interface KeyEntry {
  sample: KeySample
  lines: string[]
  x: number
  y: number
  /** data-class of a class entry, so a test can match a mark to its entry. */
  classIndex?: number
}

export interface KeyLayout {
  title: string
  entries: KeyEntry[]
  height: number
}

export const KEY_FONT = 13
/** Between the lines of one entry, and between rows of entries (baselines). */
export const LINE = 18
const ROW = 24
const SAMPLE = 26
const GAP = 16
const FIRST_BASELINE = 40

type KeyItem = Pick<KeyEntry, 'sample' | 'classIndex'> & { text: string }

/** The entries of the key, before layout. */
function keyEntries(model: MapModel, lang: Language, t: Translate, hasSmall: boolean): KeyItem[] {
  const n = model.classes.length
  const entries: KeyItem[] = model.classes.map((c, i) => ({
    sample: { kind: 'fill', fill: classFill(i, n) },
    classIndex: i,
    text: t(c.last ? 'map.key.classLast' : 'map.key.class', {
      low: formatNumber(c.low, lang),
      high: formatNumber(c.high, lang),
    }),
  }))
  const figures = model.countries.map((c) => c.description.estimateKind)
  if (model.countries.some((c) => c.classIndex === -1))
    entries.push({ sample: { kind: 'fill', fill: classFill(-1, n) }, text: t('map.key.zero') })
  entries.push({ sample: { kind: 'fill', fill: NO_DATA_FILL }, text: t('map.key.noData') })
  if (figures.includes('lower-bound'))
    entries.push({
      sample: { kind: 'fill', fill: '#ffffff', pattern: 'hatch' },
      text: t('map.key.lowerBound'),
    })
  if (figures.includes('upper-bound'))
    entries.push({
      sample: { kind: 'fill', fill: '#ffffff', pattern: 'back' },
      text: t('map.key.upperBound'),
    })
  if (figures.includes('range'))
    entries.push({
      sample: { kind: 'fill', fill: '#ffffff', pattern: 'cross' },
      text: t('map.key.range'),
    })
  if (hasSmall) entries.push({ sample: { kind: 'circle' }, text: t('map.key.small') })
  for (const region of model.regions) {
    entries.push({
      sample: { kind: 'outline' },
      text: t('map.key.region', {
        region: region.name,
        period: region.description.period,
        value: region.description.valueWithUnit,
        total: region.members.length,
      }),
    })
    entries.push({ sample: { kind: 'none' }, text: region.coverage })
    if (region.reporters.length > 0)
      entries.push({ sample: { kind: 'reporter' }, text: t('map.key.reporter') })
  }
  for (const text of model.world) entries.push({ sample: { kind: 'none' }, text })
  return entries
}

/**
 * Short entries (the classes) flow side by side; long ones take the full width, wrapped.
 * `hasSmall`: the map draws circles for small countries.
 */
export function layoutKey(
  model: MapModel,
  width: number,
  lang: Language,
  t: Translate,
  hasSmall: boolean,
): KeyLayout {
  const measure = (text: string) => estimateTextWidth(text, KEY_FONT, false)
  const entries: KeyEntry[] = []
  let x = 0
  let y = FIRST_BASELINE
  let rowOpen = false
  for (const entry of keyEntries(model, lang, t, hasSmall)) {
    const indent = entry.sample.kind === 'none' ? 0 : SAMPLE + 8
    const one = indent + measure(entry.text)
    if (one <= width / 2 || (one <= width && x === 0)) {
      if (x > 0 && x + one > width) {
        x = 0
        y += ROW
      }
      entries.push({ ...entry, lines: [entry.text], x, y })
      x += one + GAP
      rowOpen = true
      continue
    }
    if (rowOpen) y += ROW
    const lines = wrapText(entry.text, width - indent, KEY_FONT, estimateTextWidth)
    entries.push({ ...entry, lines, x: 0, y })
    y += (lines.length - 1) * LINE + ROW
    x = 0
    rowOpen = false
  }
  const height = (rowOpen ? y : y - ROW) + 8
  return {
    title: t('map.key.title', { unit: model.unitLabel, period: model.period }),
    entries,
    height,
  }
}
