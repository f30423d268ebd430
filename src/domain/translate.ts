import type { LocalizedText } from '@/domain/dataset-schema'

/** Interface languages. The dataset's texts carry a field for each. */
export const languages = ['en', 'es'] as const
export type Language = (typeof languages)[number]

/** The message lookup the domain's text builders need (lib/i18n.ts: Lingui's `_` for one language). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string

/** A translator for each interface language: what reads texts written in either one. */
export type Translators = Record<Language, Translate>

/** A message-catalogue key and its variables: a text a person reads, translated where it is shown. */
export interface MessageRef {
  key: string
  vars?: Record<string, string | number>
}

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

/**
 * A text shown in another language than the page's, followed by that language's code:
 * "texto [es]". Every output writes the mark this way, and the importer reads it back.
 */
export function withLanguageMark(text: string, lang: Language | undefined): string {
  return lang ? `${text} [${lang}]` : text
}

/** The picked text as a plain string, marked when it is the other language's (withLanguageMark). */
export function markedText(picked: PickedText): string {
  return withLanguageMark(picked.text, picked.fallback ? picked.lang : undefined)
}

/** "texto [es]" -> { text: 'texto', lang: 'es' }; a text without the mark has `lang` null. */
export function splitLanguageMark(text: string): { text: string; lang: Language | null } {
  const mark = /\s\[(en|es)\]$/.exec(text)
  return mark
    ? { text: text.slice(0, mark.index).trim(), lang: mark[1] as Language }
    : { text, lang: null }
}

/** Plain string of a localized text; the fallback is marked with the other language's code. */
export function localize(text: LocalizedText, lang: Language): string {
  return markedText(pickText(text, lang))
}
