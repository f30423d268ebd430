// The hatches that mark a value that may be higher than its class: a lower bound ("at least")
// is hatched, a range cross-hatched. Defined once per <svg>, so an exported copy carries them.
import type { CountryMark } from '@/features/map/model/map-model'

export type MapPattern = 'hatch' | 'cross'

/** The hatch a mark needs, if any. */
export function patternFor(mark: Pick<CountryMark, 'description'>): MapPattern | null {
  const kind = mark.description.estimateKind
  return kind === 'lower-bound' ? 'hatch' : kind === 'range' ? 'cross' : null
}

const INK = '#1b1f24'

export function MapPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern
        id={`${idPrefix}-hatch`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1={0} y1={0} x2={0} y2={6} stroke={INK} strokeWidth={1.4} strokeOpacity={0.7} />
      </pattern>
      <pattern
        id={`${idPrefix}-back`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <line x1={0} y1={0} x2={0} y2={6} stroke={INK} strokeWidth={1.4} strokeOpacity={0.7} />
      </pattern>
      <pattern
        id={`${idPrefix}-cross`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1={0} y1={0} x2={0} y2={6} stroke={INK} strokeWidth={1.2} strokeOpacity={0.7} />
        <line x1={0} y1={0} x2={6} y2={0} stroke={INK} strokeWidth={1.2} strokeOpacity={0.7} />
      </pattern>
    </defs>
  )
}
