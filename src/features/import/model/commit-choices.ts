// The person's choices on the check, applied to the analysed figures when they are imported:
// the unit of each mismatch (the same unit under another name, or a new indicator), and whether
// to skip the figures that are already in the dashboard or repeat an earlier row.
import type { Figure } from '@/domain/dataset-schema'
import type { Analysis, UnitChoice, UnitMismatch } from '@/features/import/model/import-types'

export interface ImportChoices {
  /** By unitMismatchKey: what the figures of each mismatch become. Every mismatch needs one. */
  unitChoices?: Record<string, UnitChoice>
  /** Leave out the figures flagged as duplicates (the first of repeated rows is kept). */
  skipDuplicates?: boolean
}

export function unitMismatchKey(m: Pick<UnitMismatch, 'indicatorId' | 'unit'>): string {
  return `${m.indicatorId}|${m.unit}`
}

export type ChoicesResult =
  { ok: true; analysis: Analysis; changed: boolean } | { ok: false; reason: string }

/** The analysis as it will be stored; `changed` says whether its figures differ from the analysed ones. */
export function applyChoices(analysis: Analysis, choices: ImportChoices): ChoicesResult {
  const mismatches = analysis.summary.unitMismatches
  const skip = choices.skipDuplicates ? new Set(analysis.duplicateAt) : null
  if (mismatches.length === 0 && (!skip || skip.size === 0))
    return { ok: true, analysis, changed: false }
  // What the figures of each mismatch become: another unit, or the new indicator.
  const changes = new Map<string, Partial<Figure>>()
  const newIndicators = []
  for (const m of mismatches) {
    const choice = choices.unitChoices?.[unitMismatchKey(m)]
    if (!choice || (choice.kind === 'same-unit' && !m.expected.includes(choice.unit)))
      return { ok: false, reason: 'import.engineError.unitChoiceNeeded' }
    if (choice.kind === 'new-indicator') newIndicators.push(m.newIndicator)
    const change =
      choice.kind === 'same-unit' ? { unit: choice.unit } : { indicatorId: m.newIndicator.id }
    changes.set(unitMismatchKey(m), change)
  }
  const figures: Figure[] = []
  analysis.figures.forEach((figure, i) => {
    if (skip?.has(i)) return
    const change = changes.get(unitMismatchKey(figure))
    figures.push(change ? { ...figure, ...change } : figure)
  })
  const records = {
    ...analysis.records,
    indicators: [...analysis.records.indicators, ...newIndicators],
  }
  return { ok: true, analysis: { ...analysis, figures, records }, changed: true }
}
