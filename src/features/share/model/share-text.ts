// What "Copy link" and "Copy embed code" put on the clipboard (docs/routes.md).

/** Height the frame starts at, before the framed page reports its own (public/embed.js). */
export const EMBED_START_HEIGHT = 640

/** Escapes a value for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/**
 * An iframe of the embed page and the small script of this site that fits the frame's height
 * to its content. Without the script the frame keeps its start height and scrolls.
 */
export function embedCode(origin: string, embedPath: string, title: string): string {
  const src = new URL(embedPath, origin).href
  const script = new URL('/embed.js', origin).href
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" ` +
    `height="${EMBED_START_HEIGHT}" style="border:0;max-width:100%" loading="lazy" ` +
    `data-migration-stats-embed></iframe>\n<script src="${attribute(script)}" async></script>`
  )
}
