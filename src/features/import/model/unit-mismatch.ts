// The unit check of an import: a known indicator counts in its units (declared, or those of its
// figures); a file that gives another unit for it is not silently drawn on a second axis. Each
// (indicator, unit) pair is listed once with the indicator it would become, so the person can
// choose: the same unit under another name, or a new indicator.
import type { Figure, Indicator, LocalizedText } from '@/domain/dataset-schema'
import { languages } from '@/domain/translate'
import { unitMismatchKey } from '@/features/import/model/commit-choices'
import { slugify } from '@/domain/fold-text'
import { formatUnit } from '@/domain/format-estimate'
import { translatorFor } from '@/lib/i18n'
import type { ImportContext } from '@/features/import/model/import-context'
import type { UnitMismatch } from '@/features/import/model/import-types'
import { uniqueId } from '@/features/import/model/resolve-records'

const ROWS_LISTED = 5

/** Collects the mismatches of a file, one figure at a time. */
export function createUnitCheck(context: ImportContext) {
  const indicators = new Map(context.records.indicators.map((i) => [i.id, i]))
  const takenIds = new Set(indicators.keys())
  const found = new Map<string, UnitMismatch>()
  return {
    /** Notes the figure when its indicator is known and counts in other units. */
    check(figure: Figure, row: number): void {
      const expected = context.indicatorUnits[figure.indicatorId]
      if (!expected || expected.length === 0 || expected.includes(figure.unit)) return
      const key = unitMismatchKey(figure)
      let mismatch = found.get(key)
      if (!mismatch) {
        const known = indicators.get(figure.indicatorId)
        mismatch = {
          indicatorId: figure.indicatorId,
          unit: figure.unit,
          expected,
          count: 0,
          rows: [],
          newIndicator: proposeIndicator(known, figure, takenIds),
        }
        found.set(key, mismatch)
      }
      mismatch.count++
      if (mismatch.rows.length < ROWS_LISTED) mismatch.rows.push(row)
    },
    /** Every mismatch found, in the order first met. */
    list(): UnitMismatch[] {
      return [...found.values()]
    },
  }
}

/** "Involuntary returns registered (people)": the known indicator's names with the file's unit, its theme and definitions. */
function proposeIndicator(
  known: Indicator | undefined,
  figure: Figure,
  taken: Set<string>,
): Indicator {
  const id = uniqueId(`${figure.indicatorId}-${slugify(figure.unit, 'item')}`, taken)
  const name: LocalizedText = {}
  for (const lang of languages) {
    const knownName = known?.name[lang]
    if (knownName) name[lang] = `${knownName} (${formatUnit(figure.unit, translatorFor(lang))})`
  }
  return {
    id,
    theme: known?.theme ?? 'returns',
    name: name.en || name.es ? name : { en: id },
    description: known?.description ?? { en: id },
    definitionIds: known?.definitionIds ?? [],
    units: [figure.unit],
  }
}
