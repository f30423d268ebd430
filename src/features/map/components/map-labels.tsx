import { layoutLabels, LABEL_FONT, type LabelInput } from '@/features/map/model/label-layout'

/** Names of the small countries drawn as circles (model/label-layout.ts); for sight, not for screen readers (each mark has its name). */
export function MapLabels({ circles, width }: { circles: LabelInput[]; width: number }) {
  const labels = layoutLabels(circles, width)
  return (
    <g className="map-labels" aria-hidden="true" pointerEvents="none">
      {labels.map((label) => (
        <g key={label.code} data-label={label.code}>
          {label.leader && (
            <line
              x1={label.leader[0]}
              y1={label.leader[1]}
              x2={label.leader[2]}
              y2={label.leader[3]}
              stroke="#4a5560"
              strokeWidth={0.8}
            />
          )}
          <text
            x={label.textX}
            y={label.textY}
            textAnchor={label.anchor}
            fontSize={LABEL_FONT}
            fill="#1b1f24"
            stroke="#ffffff"
            strokeWidth={3}
            paintOrder="stroke"
            strokeLinejoin="round"
          >
            {label.name}
          </text>
        </g>
      ))}
    </g>
  )
}
