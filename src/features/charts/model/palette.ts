// Okabe–Ito colours (colour-blind safe), as hex rather than CSS variables so an exported SVG
// keeps its colours outside the page. Keep in step with --chart-* in styles.css.
export const chartPalette = {
  bar: '#0072b2',
  ink: '#1b1f24',
  inkMuted: '#4a5560',
  grid: '#d5dbe1',
} as const

/**
 * One colour per series, at most eight: Okabe–Ito's palette, its yellow (too faint for a line on
 * white) replaced by a dark grey. Each series also has its own marker shape, so colour is never
 * the only way to tell two lines apart.
 */
export const seriesColours = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#000000',
  '#6e6e6e',
] as const
export const seriesShapes = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'circle-open',
  'square-open',
  'triangle-open',
  'diamond-open',
] as const
export type SeriesShape = (typeof seriesShapes)[number]
/** More series than this are named in a note, not drawn in colours no one could tell apart. */
export const MAX_SERIES = seriesColours.length
