// Message lookup over the catalogues in src/locales: nested keys, {{name}} interpolation and
// plural forms (key_one, key_other, … chosen by Intl.PluralRules from `count`), the subset of
// i18next's behaviour the app uses. i18next itself cost ~15 kB gzipped of the first view's
// budget; tests/lib/i18n.test.ts checks that every catalogue message reads the same as with it.
import { catalogues } from '@/locales/catalogues'
import { languages, type Language, type Translate } from '@/domain/translate'

type Messages = Record<string, unknown>

/** Merges a language's feature files into one resource; a top-level key used twice is a bug. */
export function mergeCatalogue(files: Record<string, Messages>): Messages {
  const merged: Messages = {}
  for (const [file, messages] of Object.entries(files)) {
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`Message key "${key}" is defined twice (again in ${file}.json)`)
      merged[key] = value
    }
  }
  return merged
}

export const resources = {
  en: { translation: mergeCatalogue(catalogues.en) },
  es: { translation: mergeCatalogue(catalogues.es) },
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/** The browser's preferred interface language, English when it prefers neither. */
export function browserLanguage(
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

type Resolved = string | Messages | undefined

function lookup(messages: Messages, key: string): Resolved {
  let node: unknown = messages
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Messages)[part]
  }
  return node as Resolved
}

const INTERPOLATION = /\{\{\s*-?\s*([^{}\s]+)\s*\}\}/g

function interpolate(text: string, vars: Record<string, unknown> | undefined): string {
  return text.replace(INTERPOLATION, (_, name: string) => {
    const value = name.split('.').reduce<unknown>((v, part) => (v as Record<string, unknown> | undefined)?.[part], vars)
    return value === undefined || value === null ? '' : String(value)
  })
}

function createTranslator(lang: Language): Translate {
  const messages = resources[lang].translation
  const plurals = new Intl.PluralRules(lang)
  return (key, vars) => {
    const count = vars?.count
    let message: Resolved
    if (typeof count === 'number') {
      if (count === 0) message = lookup(messages, `${key}_zero`)
      if (typeof message !== 'string') message = lookup(messages, `${key}_${plurals.select(count)}`)
    }
    if (typeof message !== 'string') message = lookup(messages, key)
    // Like i18next: a missing message shows its key, so the gap is visible and testable.
    if (typeof message !== 'string') return key
    return interpolate(message, vars)
  }
}

const translators: Partial<Record<Language, Translate>> = {}

/** A `t` bound to one language, for components, the domain's text builders and the exports. */
export function translatorFor(lang: Language): Translate {
  return (translators[lang] ??= createTranslator(lang))
}
