// recharts draws with inline style attributes, which the CSP (style-src 'self') blocks in served
// HTML. So the prerender leaves the bars to the browser: on the server the component throws
// this error inside its Suspense boundary, React writes the boundary's fallback (the figures
// in words) and the browser draws the chart in its place (scripts/prerender.ts, app/main.tsx).

/** The digest React gives a boundary left to the browser on purpose. */
export const CLIENT_ONLY_DIGEST = 'client-only'

export class ClientOnlyError extends Error {
  digest = CLIENT_ONLY_DIGEST
  constructor() {
    super('drawn in the browser only')
  }
}

/** True while rendering at build time (no window). */
export const isServer = (): boolean => typeof window === 'undefined'
