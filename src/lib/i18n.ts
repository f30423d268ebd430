// The interface's message catalogues and the configured i18next instance.
import i18next from 'i18next'
import en from '@/locales/en.json'
import es from '@/locales/es.json'
import { languages, type Language, type Translate } from '@/domain/translate'

export const resources = { en: { translation: en }, es: { translation: es } } as const

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/** The browser's preferred interface language, English when it prefers neither. */
export function browserLanguage(preferred: readonly string[] = navigator.languages ?? [navigator.language]): Language {
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

/** A `t` bound to one language, for the domain's text builders and the exports. */
export function translatorFor(lang: Language): Translate {
  return i18n.getFixedT(lang) as Translate
}
