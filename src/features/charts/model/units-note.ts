// One indicator in two units is drawn in two panels with their own scales; the view says why
// beside them, so a longer bar in one panel is not read as a larger number than in the other.
import { joinNames } from '@/domain/caveats'
import type { FigureDescription } from '@/domain/figure-description'
import type { Language, Translate } from '@/domain/translate'

/** The note when the figures shown use more than one unit (or currency); null otherwise. */
export function unitsNote(
  descriptions: FigureDescription[],
  lang: Language,
  t: Translate,
): string | null {
  const units = new Map<string, string>()
  for (const d of descriptions)
    units.set(`${d.figure.unit}|${d.figure.currency ?? ''}`, d.unitLabel)
  if (units.size < 2) return null
  return t('dashboard.indicator.unitsNote', { units: joinNames([...units.values()], lang) })
}
