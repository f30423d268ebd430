// Message lookup over the catalogues in src/locales: nested keys, {{name}} interpolation and
// plural forms (key_one, key_other, … chosen by Intl.PluralRules from `count`), the subset of
// i18next's behaviour the app uses. i18next itself cost ~15 kB gzipped of the first view's
// budget; tests/lib/i18n.test.ts checks that every catalogue message reads the same as with it.
//
// Catalogues load per language and group (locales/catalogue-loaders.ts): the page loads its
// language's `core` messages before its first render (app/main.tsx), the rest on demand; tests,
// scripts, the prerender and the import worker load everything first (loadAllMessages), so
// `translatorFor` is synchronous for every caller.
import { languages, type Language, type Translate } from '@/domain/translate'
import { catalogueGroups, catalogueLoaders, type CatalogueGroup } from '@/locales/catalogue-loaders'

type Messages = Record<string, unknown>

const isGroup = (value: unknown): value is Messages => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Adds `source` into `target`; a feature may spread its messages over files, but a message defined twice is a bug. */
function mergeInto(target: Messages, source: Messages, file: string, path = ''): void {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key
    const existing = target[key]
    if (existing === undefined) target[key] = isGroup(value) ? structuredClone(value) : value
    else if (isGroup(existing) && isGroup(value)) mergeInto(existing, value, file, at)
    else throw new Error(`Message key "${at}" is defined twice (again in ${file}.json)`)
  }
}

/**
 * Merges a language's feature files into one resource. A feature's messages may span files
 * (the few its first view needs, the rest loaded with it); a message defined twice throws.
 */
export function mergeCatalogue(files: Record<string, Messages>): Messages {
  const merged: Messages = {}
  for (const [file, messages] of Object.entries(files)) mergeInto(merged, messages, file)
  return merged
}

/** The messages loaded so far, per language (filled in place as groups load). */
export const resources: Record<Language, { translation: Messages }> = { en: { translation: {} }, es: { translation: {} } }

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

const loaded = new Set<string>()
const pending = new Map<string, Promise<void>>()
const listeners = new Set<() => void>()
let version = 0

function addMessages(lang: Language, files: Record<string, Messages>): void {
  for (const [file, messages] of Object.entries(files)) mergeInto(resources[lang].translation, messages, file)
}

/** Loads one group of a language's messages (once; a failed load can be retried). */
export function loadMessages(lang: Language, group: CatalogueGroup = 'core'): Promise<void> {
  const id = `${lang}/${group}`
  let promise = pending.get(id)
  if (!promise) {
    promise = catalogueLoaders[lang][group]().then(({ default: files }) => {
      addMessages(lang, files)
      loaded.add(id)
      version += 1
      for (const listener of listeners) listener()
    })
    promise.catch(() => pending.delete(id))
    pending.set(id, promise)
  }
  return promise
}

/** The groups loaded for any language: a language is ready when it has all of them. */
function groupsInUse(): CatalogueGroup[] {
  return catalogueGroups.filter((group) => group === 'core' || languages.some((lang) => loaded.has(`${lang}/${group}`)))
}

export function isLanguageReady(lang: Language): boolean {
  return groupsInUse().every((group) => loaded.has(`${lang}/${group}`))
}

/** Makes a language ready, with the messages of every view already open in another. */
export async function loadLanguage(lang: Language): Promise<void> {
  await Promise.all(groupsInUse().map((group) => loadMessages(lang, group)))
}

/** Loads a group for every language in use (a view calls this before it renders). */
export async function loadGroup(group: CatalogueGroup): Promise<void> {
  await Promise.all(languages.filter((lang) => loaded.has(`${lang}/core`)).map((lang) => loadMessages(lang, group)))
}

/** For useSyncExternalStore: re-render when messages arrive. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
export const messagesVersion = (): number => version

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

/** Every message of both languages: for tests, scripts, the prerender and the import worker. */
export async function loadAllMessages(): Promise<void> {
  await Promise.all(languages.flatMap((lang) => catalogueGroups.map((group) => loadMessages(lang, group))))
}

/** What the browser page needs before its first render: its language's core messages. */
export async function loadStartupMessages(search: string = window.location.search): Promise<void> {
  const fromLink = new URLSearchParams(search).get('lang')
  await loadMessages(isLanguage(fromLink) ? fromLink : browserLanguage())
}
