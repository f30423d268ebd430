// Loaded on demand (components/map-slot.tsx): the drawing with the app's boundaries, one chunk.
import { boundaries } from '@/features/map/lib/boundaries'
import { MapDrawing, type MapDrawingProps } from '@/features/map/components/map-drawing'

export type CountryMapProps = Omit<MapDrawingProps, 'shapes'>

export function CountryMap(props: CountryMapProps) {
  return <MapDrawing {...props} shapes={boundaries} />
}
