// The map's key as its own <svg> under the map, laid out for the width (model/map-key.ts): the
// exported image copies it with the map, so the file explains its shading as the screen does.
import { useId } from 'react'
import { useLanguage } from '@/lib/language'
import { layoutKey, KEY_FONT, type KeyEntry } from '@/features/map/model/map-key'
import type { MapModel } from '@/features/map/model/map-model'
import { MapPatterns } from '@/features/map/components/map-patterns'

const INK = '#1b1f24'
const OUTLINE = '#6b2c7d'

function Sample({ entry, ids }: { entry: KeyEntry; ids: string }) {
  const { sample } = entry
  const y = entry.y - 11
  switch (sample.kind) {
    case 'fill':
      return (
        <>
          <rect
            x={entry.x}
            y={y}
            width={26}
            height={14}
            fill={sample.fill}
            stroke={INK}
            strokeWidth={0.8}
          />
          {sample.pattern && (
            <rect
              x={entry.x}
              y={y}
              width={26}
              height={14}
              fill={`url(#${ids}-${sample.pattern})`}
            />
          )}
        </>
      )
    case 'outline':
    case 'reporter':
      return (
        <rect
          x={entry.x + 1}
          y={y}
          width={24}
          height={14}
          fill={sample.kind === 'reporter' ? '#e7d4ec' : 'none'}
          stroke={OUTLINE}
          strokeWidth={1.6}
          strokeDasharray="4 2"
        />
      )
    case 'circle':
      return (
        <circle cx={entry.x + 13} cy={y + 7} r={6} fill="#ffffff" stroke={INK} strokeWidth={1.2} />
      )
    case 'none':
      return null
  }
}

export function MapKey({
  model,
  width,
  hasSmall,
}: {
  model: MapModel
  width: number
  hasSmall: boolean
}) {
  const { lang, t } = useLanguage()
  const ids = `key${useId().replace(/:/g, '')}`
  const layout = layoutKey(model, width, lang, t, hasSmall)
  const text = [layout.title, ...layout.entries.map((e) => e.lines.join(' '))].join('. ')
  return (
    <svg
      className="chart-surface country-map__key"
      role="img"
      aria-label={text}
      width={width}
      height={layout.height}
      viewBox={`0 0 ${width} ${layout.height}`}
    >
      <MapPatterns idPrefix={ids} />
      <text x={0} y={15} fontSize={KEY_FONT + 1} fontWeight="bold" fill={INK}>
        {layout.title}
      </text>
      {layout.entries.map((entry, i) => {
        const indent = entry.sample.kind === 'none' ? 0 : 34
        return (
          <g key={i} data-key-class={entry.classIndex}>
            <Sample entry={entry} ids={ids} />
            {entry.lines.map((line, j) => (
              <text
                key={j}
                x={entry.x + indent}
                y={entry.y + j * 18}
                fontSize={KEY_FONT}
                fill={INK}
              >
                {line}
              </text>
            ))}
          </g>
        )
      })}
    </svg>
  )
}
