// The boundaries as GeoJSON, and the projection that frames a map on the places its figures
// concern. The topologies come in as arguments (lib/boundaries.ts holds the app's), so the
// drawing can be measured and tested in Node on the same data (scripts/bench-charts.ts).
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
import type { GeometryCollection, Topology } from 'topojson-specification'

/** A country's boundary, with its extent in degrees ([[west, south], [east, north]]). */
export type CountryShape = ExtendedFeature & {
  id: string
  extent: [[number, number], [number, number]]
}

export interface MapShapes {
  /** Countries by ISO alpha-3 code. */
  countries: ReadonlyMap<string, CountryShape>
  /** The world's land as one shape, for world figures. */
  land: ExtendedFeature
}

/** `countries`: object `countries` with alpha-3 ids; `land`: object `land`. */
export function buildShapes(countries: Topology, land: Topology): MapShapes {
  const collection = countries.objects.countries as GeometryCollection
  return {
    countries: new Map(
      feature(countries, collection).features.map((f) => [
        String(f.id),
        Object.assign(f, { id: String(f.id), extent: geoBounds(f) }) as CountryShape,
      ]),
    ),
    land: feature(land, land.objects.land!) as ExtendedFeature,
  }
}

/** A frame is at least this many degrees wide and high: one small island is shown in its sea. */
const MIN_SPAN = 14

export interface MapFrame {
  projection: GeoProjection
  path: GeoPath
  width: number
  height: number
  /** Whether any of a country lies in the frame (its extent meets the frame's). */
  shows: (shape: CountryShape) => boolean
}

/**
 * Paths are cut at the frame's edges and written to a tenth of a pixel: a map of the Caribbean
 * then leaves out Canada's coasts, and its SVG (on screen and exported) is a fraction of the size.
 */
function framePath(projection: GeoProjection, width: number, height: number): GeoPath {
  projection.clipExtent([
    [0, 0],
    [width, height],
  ])
  return geoPath(projection).digits(1)
}

/**
 * A projection framing `codes` (the countries with figures and the outlined regions' members)
 * in `width` px, at most `maxHeight` tall; the whole world when no country is framed.
 */
export function frameMap(
  countryShapes: MapShapes['countries'],
  codes: readonly string[],
  width: number,
  maxHeight: number,
): MapFrame {
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
    return {
      projection,
      path: framePath(projection, width, height),
      width,
      height,
      shows: () => true,
    }
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
  const [left, upper] = projection.invert!([0, 0])!
  const [right, lower] = projection.invert!([width, height])!
  // A frame wider than the world, or across the antimeridian, wraps (left >= right): all shown.
  const wraps = left >= right
  const shows = ({ extent: [[w, s], [e, n]] }: CountryShape) =>
    // An extent across the antimeridian (w > e) is kept too: it may reach anywhere.
    wraps || w > e || (w <= right && e >= left && s <= upper && n >= lower)
  return { projection, path: framePath(projection, width, height), width, height, shows }
}
