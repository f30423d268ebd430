// Okabe–Ito colours (colour-blind safe), as hex rather than CSS variables so an exported SVG
// keeps its colours outside the page. Keep in step with --chart-* in styles.css.
export const chartPalette = {
  bar: '#0072b2',
  ink: '#1b1f24',
  inkMuted: '#4a5560',
  grid: '#d5dbe1',
} as const
