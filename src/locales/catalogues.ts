// The message catalogues, one file per feature and language, in two groups per language:
// `core` (en/core.ts, es/core.ts: what the first view needs) and `views` (the views loaded on
// demand). Register a new file in both languages' group files. Top-level keys must be unique
// across a language's files (checked in lib/i18n.ts and by the catalogue test).
import enCore from '@/locales/en/core'
import enViews from '@/locales/en/views'
import esCore from '@/locales/es/core'
import esViews from '@/locales/es/views'

/** Every message file, for the checks and tests; the app loads them per language and group. */
export const catalogues = {
  en: { ...enCore, ...enViews },
  es: { ...esCore, ...esViews },
} as const
