// The map's boundaries, cut at build time from world-atlas (Natural Earth 1:50m, public domain):
// the countries of the Americas and the Caribbean only, keyed by ISO 3166-1 alpha-3 code, with
// the arcs nothing else uses dropped. The 1:110m file lacks the small Caribbean states (Barbados,
// Grenada, Saint Kitts and Nevis...); the whole 1:50m file is 230 kB gzipped, this cut about a
// third of it. vite.config.ts serves it as the module `virtual:americas-topology`.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'

/** World-atlas ids (ISO 3166-1 numeric) of the Americas' countries and territories -> alpha-3. */
export const americasAlpha3: Record<string, string> = {
  '028': 'ATG',
  '032': 'ARG',
  '044': 'BHS',
  '052': 'BRB',
  '060': 'BMU',
  '068': 'BOL',
  '076': 'BRA',
  '084': 'BLZ',
  '092': 'VGB',
  '124': 'CAN',
  '136': 'CYM',
  '152': 'CHL',
  '170': 'COL',
  '188': 'CRI',
  '192': 'CUB',
  '212': 'DMA',
  '214': 'DOM',
  '218': 'ECU',
  '222': 'SLV',
  '238': 'FLK',
  '239': 'SGS',
  '304': 'GRL',
  '308': 'GRD',
  '320': 'GTM',
  '328': 'GUY',
  '332': 'HTI',
  '340': 'HND',
  '388': 'JAM',
  '484': 'MEX',
  '500': 'MSR',
  '531': 'CUW',
  '533': 'ABW',
  '534': 'SXM',
  '558': 'NIC',
  '591': 'PAN',
  '600': 'PRY',
  '604': 'PER',
  '630': 'PRI',
  '652': 'BLM',
  '659': 'KNA',
  '660': 'AIA',
  '662': 'LCA',
  '663': 'MAF',
  '666': 'SPM',
  '670': 'VCT',
  '740': 'SUR',
  '780': 'TTO',
  '796': 'TCA',
  '840': 'USA',
  '850': 'VIR',
  '858': 'URY',
  '862': 'VEN',
  // France and the Netherlands, for their parts in the Americas only (French Guiana, Guadeloupe,
  // Martinique; Bonaire, Sint Eustatius, Saba).
  '250': 'FRA',
  '528': 'NLD',
}
/** Parts of a country west of this longitude are in the Americas (France's, the Netherlands'). */
const WEST_OF = -30

type Polygon = number[][]
type Geometry = GeometryObject<Record<string, never>> & { arcs?: unknown; id?: string | number }

/** The first point of an arc (a negative index is the arc reversed, ~i), in degrees of longitude. */
function startLongitude(topology: Topology, arcIndex: number): number {
  const arc = topology.arcs[arcIndex < 0 ? ~arcIndex : arcIndex]!
  const x = arc[0]![0]!
  return topology.transform ? x * topology.transform.scale[0] + topology.transform.translate[0] : x
}

/** A polygon lies in the Americas when its outer ring starts west of WEST_OF (rings are small). */
function inAmericas(topology: Topology, polygon: Polygon): boolean {
  return startLongitude(topology, polygon[0]![0]!) < WEST_OF
}

/**
 * The countries of `topology.objects.countries` listed in `alpha3`, with their ids rewritten as
 * alpha-3 codes and no properties; France and the Netherlands keep only their parts in the
 * Americas. Arcs are renumbered so the result holds only those it uses.
 */
export function trimToAmericas(topology: Topology, alpha3 = americasAlpha3): Topology {
  const countries = topology.objects.countries as GeometryCollection
  const kept: Geometry[] = []
  for (const geometry of countries.geometries as Geometry[]) {
    const code = alpha3[String(geometry.id)]
    if (!code) continue
    if (geometry.type === 'MultiPolygon') {
      const polygons = (geometry.arcs as Polygon[]).filter((p) => inAmericas(topology, p))
      if (polygons.length === 0) continue
      kept.push({ type: 'MultiPolygon', id: code, arcs: polygons } as Geometry)
    } else if (geometry.type === 'Polygon') {
      kept.push({ type: 'Polygon', id: code, arcs: geometry.arcs } as Geometry)
    }
  }
  // Renumber the arcs the kept rings use, in order of first use.
  const renumbered = new Map<number, number>()
  const arcs: Topology['arcs'] = []
  const remap = (index: number): number => {
    const original = index < 0 ? ~index : index
    let next = renumbered.get(original)
    if (next === undefined) {
      next = arcs.length
      renumbered.set(original, next)
      arcs.push(topology.arcs[original]!)
    }
    return index < 0 ? ~next : next
  }
  for (const geometry of kept) {
    geometry.arcs =
      geometry.type === 'MultiPolygon'
        ? (geometry.arcs as Polygon[]).map((p) => p.map((ring) => ring.map(remap)))
        : (geometry.arcs as Polygon).map((ring) => ring.map(remap))
  }
  return {
    type: 'Topology',
    transform: topology.transform,
    objects: { countries: { type: 'GeometryCollection', geometries: kept } as GeometryCollection },
    arcs,
  } as Topology
}

/** world-atlas's 1:50m countries, trimmed to the Americas. */
export function readAmericasTopology(): Topology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json')
  return trimToAmericas(JSON.parse(readFileSync(file, 'utf8')) as Topology)
}

/** world-atlas's 1:110m land, for a world figure (one outline: a world figure has no countries). */
export function readWorldLand(): Topology {
  const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json')
  return JSON.parse(readFileSync(file, 'utf8')) as Topology
}
