// The app's boundaries: world-atlas cut at build time (vite.config.ts, mapGeometry), converted
// once when the map's chunk loads.
import americas from 'virtual:americas-topology'
import worldLand from 'virtual:world-land'
import { buildShapes } from '@/features/map/lib/map-shapes'

export const boundaries = buildShapes(americas, worldLand)
