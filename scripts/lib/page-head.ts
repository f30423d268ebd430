// The <head> of a prerendered page: its own title, description, canonical address, the other
// language's address, and the Open Graph / Twitter card that a pasted link shows.
import type { SiteRoute } from './site-routes.ts'

export interface PageHead {
  title: string
  description: string
  /** Absolute address of the page. */
  url: string
  /** Absolute address of its preview image (1200 × 630 PNG). */
  image: string
  imageAlt: string
  siteName: string
  lang: 'en' | 'es'
  /** The same page in each language: [hreflang, absolute address]. */
  alternates: [string, string][]
  /** Embeds are for framing, not for search results. */
  noindex: boolean
}

export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/** The tags after the description, one per line. */
export function headTags(head: PageHead): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeAttribute(value)}" />`
  return [
    `<link rel="canonical" href="${escapeAttribute(head.url)}" />`,
    ...head.alternates.map(
      ([lang, href]) =>
        `<link rel="alternate" hreflang="${lang}" href="${escapeAttribute(href)}" />`,
    ),
    ...(head.noindex ? [meta('name', 'robots', 'noindex')] : []),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:locale', head.lang === 'es' ? 'es_ES' : 'en_GB'),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.url),
    meta('property', 'og:image', head.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', head.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image),
    meta('name', 'twitter:image:alt', head.imageAlt),
  ].join('\n    ')
}

/** Puts a page's head into the built template (title, description, then the tags above). */
export function withHead(template: string, head: PageHead): string {
  // Function replacers: a replacement string would read "$'", "$`" and "$&" in the data.
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeAttribute(head.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      () =>
        `<meta name="description" content="${escapeAttribute(head.description)}" />\n    ${headTags(head)}`,
    )
    .replace(/<html lang="[^"]*"/, () => `<html lang="${head.lang}"`)
}

/** The same route's address in each language (the unprefixed form stands for English). */
export function alternatesOf(route: SiteRoute, site: string): [string, string][] {
  const rest = route.path.replace(/^\/(en|es)(?=\/|$)/, '') || '/'
  const abs = (path: string) => new URL(path, site).href
  return [
    ['en', abs(rest)],
    ['es', abs(rest === '/' ? '/es' : `/es${rest}`)],
    ['x-default', abs(rest)],
  ]
}
