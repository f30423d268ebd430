// The boundaries as GeoJSON, converted once when the map's chunk loads; and the projection that
// frames a map on the places its figures concern.
import {
  geoBounds,
  geoEqualEarth,
  geoMercator,
  geoPath,
  type ExtendedFeature,
  type GeoPath,
  type GeoProjection,
} from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection } from 'topojson-specification'
import americas from 'virtual:americas-topology'
import worldLand from 'virtual:world-land'

export type CountryShape = ExtendedFeature & { id: string }

/** The countries of the Americas, by ISO alpha-3 code. */
export const countryShapes: ReadonlyMap<string, CountryShape> = new Map(
  feature(americas, americas.objects.countries as GeometryCollection).features.map((f) => [
    String(f.id),
    f as CountryShape,
  ]),
)

/** The world's land as one shape, for world figures. */
export const landShape = feature(worldLand, worldLand.objects.land!) as ExtendedFeature

/** A frame is at least this many degrees wide and high: one small island is shown in its sea. */
const MIN_SPAN = 14

export interface MapFrame {
  projection: GeoProjection
  path: GeoPath
  width: number
  height: number
}

/**
 * A projection framing `codes` (the countries with figures and the outlined regions' members)
 * in `width` px, at most `maxHeight` tall; the whole world when no country is framed.
 */
export function frameMap(codes: readonly string[], width: number, maxHeight: number): MapFrame {
  const pad = 12
  const shapes = codes.flatMap((code) => countryShapes.get(code) ?? [])
  if (shapes.length === 0) {
    const projection = geoEqualEarth().fitWidth(width - 2 * pad, { type: 'Sphere' })
    const height = Math.round(Math.min(maxHeight, (width - 2 * pad) * 0.49 + 2 * pad))
    projection.fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: 'Sphere' },
    )
    return { projection, path: geoPath(projection), width, height }
  }
  let [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features: shapes })
  // A frame crossing the antimeridian (the Aleutians) is cut at it, on the Americas' side.
  if (east < west) west = -180
  const grow = (low: number, high: number) => {
    const missing = Math.max(0, MIN_SPAN - (high - low)) / 2
    return [low - missing, high + missing] as const
  }
  ;[west, east] = grow(west, east)
  ;[south, north] = grow(south, north)
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
    ],
  }
  const projection = geoMercator().fitWidth(width - 2 * pad, corners)
  const [[, top], [, bottom]] = geoPath(projection).bounds(corners)
  const height = Math.round(Math.max(220, Math.min(maxHeight, bottom - top + 2 * pad)))
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    corners,
  )
  return { projection, path: geoPath(projection), width, height }
}
