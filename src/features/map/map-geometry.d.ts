// Modules made by vite.config.ts (mapGeometry) from world-atlas: see scripts/lib/map-geometry.ts.
declare module 'virtual:americas-topology' {
  import type { Topology } from 'topojson-specification'
  /** The countries of the Americas (Natural Earth 1:50m), object `countries`, ids ISO alpha-3. */
  const topology: Topology
  export default topology
}
declare module 'virtual:world-land' {
  import type { Topology } from 'topojson-specification'
  /** The world's land (Natural Earth 1:110m), object `land`. */
  const topology: Topology
  export default topology
}
