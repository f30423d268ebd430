import type { LocalizedText } from '@/domain/dataset-schema'

/** Interface languages. The dataset's texts carry a field for each. */
export const languages = ['en', 'es'] as const
export type Language = (typeof languages)[number]

/** The message lookup the domain's text builders need (lib/i18n.ts: Lingui's `_` for one language). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string

/** A text in the asked language, or in the other one with `fallback` set so the UI can say so. */
export interface PickedText {
  text: string
  lang: Language
  fallback: boolean
}

export function pickText(text: LocalizedText, lang: Language): PickedText {
  const own = text[lang]
  if (own) return { text: own, lang, fallback: false }
  const other: Language = lang === 'en' ? 'es' : 'en'
  return { text: text[other] ?? '', lang: other, fallback: true }
}

/** Plain string of a localized text; the fallback is marked with the other language's code. */
export function localize(text: LocalizedText, lang: Language): string {
  const picked = pickText(text, lang)
  return picked.fallback ? `${picked.text} [${picked.lang}]` : picked.text
}
