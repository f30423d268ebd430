// What makes two figures of one place's series not the same measurement: another source
// (publisher or original producer; a new edition of the same register is not a change),
// another coverage, or other definition caveats. Shared by the line chart and the guard.
import type { FigureDescription } from '@/domain/figure-description'

export const breakReasons = ['source', 'coverage', 'definition'] as const
export type BreakReason = (typeof breakReasons)[number]

/** Who stands behind the number: the publishing body and the original producer. */
export function sourceKey(d: FigureDescription): string {
  return `${d.source.publisher}\u0000${d.source.originalProducer}`
}

/** The figure's definition caveats as one key (empty when it has none). */
export function definitionKey(d: FigureDescription): string {
  return d.caveats
    .filter((c) => c.type === 'definition')
    .map((c) => c.text)
    .sort()
    .join('\u0000')
}

/** How `next` differs from `previous` in the same series; empty when they compare. */
export function breaksBetween(previous: FigureDescription, next: FigureDescription): BreakReason[] {
  const reasons: BreakReason[] = []
  if (sourceKey(previous) !== sourceKey(next)) reasons.push('source')
  if (previous.coverage !== next.coverage) reasons.push('coverage')
  if (definitionKey(previous) !== definitionKey(next)) reasons.push('definition')
  return reasons
}
