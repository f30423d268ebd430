// The map of one period, drawn with the boundaries it is given (components/country-map.tsx).
// Countries with a figure are shaded by class, with a hatch where the value may be higher (a lower bound, a range);
// a small country also gets a circle at its centre, so that Barbados or Grenada can be seen,
// pointed at and reached by keyboard like Mexico. A regional figure is the dashed outline of its
// members, none shaded as reporting unless the source names it.
import { useId, useMemo, useRef, type KeyboardEvent } from 'react'
import { useElementWidth } from '@/features/charts/use-element-width'
import { classFill, NO_DATA_FILL } from '@/features/map/model/map-classes'
import type { CountryMark, MapModel, MemberMark } from '@/features/map/model/map-model'
import {
  frameMap,
  type CountryShape,
  type MapFrame,
  type MapShapes,
} from '@/features/map/lib/map-shapes'
import { useLanguage } from '@/lib/language'
import { MapLabels } from '@/features/map/components/map-labels'
import { MapKey } from '@/features/map/components/map-key'
import { MapPatterns, patternFor } from '@/features/map/components/map-patterns'

export interface MapDrawingProps {
  model: MapModel
  /** The map's accessible name: indicator and period. */
  label: string
  selected: string | null
  onSelect: (code: string) => void
  /** The boundaries (lib/boundaries.ts in the app). */
  shapes: MapShapes
}

/** A country drawn smaller than this (px²) also gets a circle at its centre. */
const SMALL_AREA = 300
const CIRCLE = 7
/** Narrower maps (a phone) leave the circles unnamed: the names would cover the map. */
const LABELS_FROM = 560
const SEA = '#eaf1f6'
const OUTLINE = '#6b2c7d'
const REPORTER = '#e7d4ec'
const RING = '#0a58ca'

/** The selected (or focused) mark's ring: screen state, left out of exported images. */
function Ring({ shape }: { shape: Shape }) {
  return shape.circle ? (
    <circle
      className="chart-focus-ring"
      cx={shape.circle[0]}
      cy={shape.circle[1]}
      r={CIRCLE + 3}
      fill="none"
      stroke={RING}
      strokeWidth={3}
    />
  ) : (
    <path className="chart-focus-ring" d={shape.d} fill="none" stroke={RING} strokeWidth={3} />
  )
}

interface Shape {
  d: string
  /** Where a small country's circle goes; null when the country is large enough. */
  circle: [number, number] | null
}

/** The country's path in the frame; `marked`: it may need a circle, so its area is measured. */
function shapeOf(frame: MapFrame, shape: CountryShape, marked: boolean): Shape | null {
  if (!frame.shows(shape)) return null
  const d = frame.path(shape)
  if (!d) return null
  const small = marked && frame.path.area(shape) < SMALL_AREA
  return { d, circle: small ? (frame.path.centroid(shape) as [number, number]) : null }
}

function onActivate(select: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    select()
  }
}

function estimateData(mark: CountryMark) {
  const e = mark.description.figure.estimate
  return e.kind === 'range' ? { 'data-low': e.low, 'data-high': e.high } : { 'data-value': e.value }
}

export function MapDrawing({
  model,
  label,
  selected,
  onSelect,
  shapes: boundaries,
}: MapDrawingProps) {
  const countryShapes = boundaries.countries
  const ref = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ref, 640)
  const ids = useId().replace(/:/g, '')
  const frame = useMemo(
    () => frameMap(countryShapes, model.frame, width, Math.max(280, Math.min(560, width * 0.8))),
    [countryShapes, model.frame, width],
  )
  const marked = useMemo(
    () => new Set([...model.countries.map((c) => c.code), ...model.frame]),
    [model.countries, model.frame],
  )
  const shapes = useMemo(() => {
    const all = new Map<string, Shape>()
    if (model.frame.length === 0) return all
    for (const [code, country] of countryShapes) {
      const shape = shapeOf(frame, country, marked.has(code))
      if (shape) all.set(code, shape)
    }
    return all
  }, [countryShapes, frame, marked, model.frame.length])
  const classCount = model.classes.length
  const outlined = new Set(model.regions.flatMap((r) => r.members))
  const reporters = new Set(model.regions.flatMap((r) => r.reporters))
  const names = new Map([...model.countries, ...model.members].map((m) => [m.code, m.name]))
  const circles = [...names].flatMap(([code, name]) => {
    const circle = shapes.get(code)?.circle
    return circle ? [{ code, name, x: circle[0], y: circle[1] }] : []
  })
  const hasSmall = circles.length > 0
  const { t } = useLanguage()
  // A country the boundaries do not hold (outside the Americas) gets no mark: it is named here.
  const notDrawn = [...model.countries, ...model.members].filter(
    (m) => model.frame.length > 0 && !countryShapes.has(m.code),
  )

  const country = (mark: CountryMark) => {
    const shape = shapes.get(mark.code)
    if (!shape) return null
    const fill = classFill(mark.classIndex, classCount)
    const pattern = patternFor(mark)
    return (
      <g
        key={mark.code}
        className="map-mark"
        role="button"
        tabIndex={0}
        aria-label={mark.label}
        aria-pressed={selected === mark.code}
        data-place={mark.code}
        data-class={mark.classIndex}
        data-kind={mark.description.estimateKind}
        data-figure-id={mark.description.figure.id}
        {...estimateData(mark)}
        onClick={() => onSelect(mark.code)}
        onFocus={() => onSelect(mark.code)}
        onKeyDown={onActivate(() => onSelect(mark.code))}
      >
        <title>{mark.label}</title>
        <path d={shape.d} fill={fill} stroke="#ffffff" strokeWidth={0.6} />
        {pattern && <path d={shape.d} fill={`url(#${ids}-${pattern})`} />}
        {shape.circle && (
          <>
            <circle
              cx={shape.circle[0]}
              cy={shape.circle[1]}
              r={CIRCLE}
              fill={fill}
              stroke="#1b1f24"
              strokeWidth={1.2}
            />
            {pattern && (
              <circle
                cx={shape.circle[0]}
                cy={shape.circle[1]}
                r={CIRCLE}
                fill={`url(#${ids}-${pattern})`}
              />
            )}
          </>
        )}
        {selected === mark.code && <Ring shape={shape} />}
      </g>
    )
  }

  const member = (mark: MemberMark) => {
    const shape = shapes.get(mark.code)
    if (!shape) return null
    const reporter = reporters.has(mark.code)
    return (
      <g
        key={mark.code}
        className="map-mark"
        role="button"
        tabIndex={0}
        aria-label={mark.label}
        aria-pressed={selected === mark.code}
        data-place={mark.code}
        data-member="true"
        data-reporter={reporter}
        onClick={() => onSelect(mark.code)}
        onFocus={() => onSelect(mark.code)}
        onKeyDown={onActivate(() => onSelect(mark.code))}
      >
        <title>{mark.label}</title>
        <path
          d={shape.d}
          fill={reporter ? REPORTER : NO_DATA_FILL}
          stroke="#ffffff"
          strokeWidth={0.6}
        />
        {shape.circle && (
          <circle
            cx={shape.circle[0]}
            cy={shape.circle[1]}
            r={CIRCLE}
            fill={reporter ? REPORTER : '#ffffff'}
            stroke={OUTLINE}
            strokeWidth={1.6}
            strokeDasharray="3 2"
          />
        )}
        {selected === mark.code && <Ring shape={shape} />}
      </g>
    )
  }

  return (
    <div ref={ref} className="country-map">
      <svg
        className="chart-surface country-map__map"
        role="group"
        aria-label={label}
        width={frame.width}
        height={frame.height}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
      >
        <MapPatterns idPrefix={ids} />
        <rect width={frame.width} height={frame.height} fill={SEA} />
        {model.frame.length === 0 ? (
          <path d={frame.path(boundaries.land) ?? ''} fill={NO_DATA_FILL} aria-hidden="true" />
        ) : (
          <g aria-hidden="true">
            {[...shapes].map(([code, shape]) =>
              marked.has(code) ? null : (
                <path
                  key={code}
                  d={shape.d}
                  fill={NO_DATA_FILL}
                  stroke="#ffffff"
                  strokeWidth={0.6}
                />
              ),
            )}
          </g>
        )}
        {model.members.map(member)}
        {model.countries.map(country)}
        <g aria-hidden="true" pointerEvents="none">
          {[...outlined].map((code) => {
            const shape = shapes.get(code)
            return shape ? (
              <path
                key={code}
                d={shape.d}
                fill="none"
                stroke={OUTLINE}
                strokeWidth={1.6}
                strokeDasharray="4 2"
              />
            ) : null
          })}
        </g>
        {width >= LABELS_FROM && <MapLabels circles={circles} width={frame.width} />}
      </svg>
      <MapKey model={model} width={width} hasSmall={hasSmall} />
      {notDrawn.length > 0 && (
        <p className="chart-notes">
          {t('map.notDrawn', {
            count: notDrawn.length,
            places: notDrawn.map((m) => m.name).join(', '),
          })}
        </p>
      )}
    </div>
  )
}
