// The configured i18next instance over the message catalogues in src/locales.
import i18next from 'i18next'
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

export const i18n = i18next.createInstance()

void i18n.init({
  resources,
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

/** A `t` bound to one language, for components, the domain's text builders and the exports. */
export function translatorFor(lang: Language): Translate {
  return i18n.getFixedT(lang) as Translate
}
