// How texts typed by a person or written in a file are compared, and how ids and file names are
// made from them: the one place accents are folded.

/** Lower case without accents, with single spaces: "  Panamá " and "panama" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * Lower-case letters, digits and single hyphens, at most 60, for ids and file names:
 * "Asylum claims (2019)" -> "asylum-claims-2019"; `empty` when no letter or digit is left.
 */
export function slugify(text: string, empty = ''): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug || empty
}
