// Interface messages, with Lingui (@lingui/core): one Lingui instance per language, so the
// exports can write in a language other than the page's. The catalogues in src/locales are ICU
// MessageFormat ({name}, {count, plural, one {# figure} other {# figures}}), nested by feature;
// a message's id is its dotted path ("dashboard.filters.clear"). The build compiles them
// (scripts/lib/compile-messages.ts), so the page ships Lingui's runtime and no parser.
//
// Catalogues load per language and group (locales/catalogue-loaders.ts): the page loads its
// language's `core` messages before its first render (app/boot.ts, app/main.tsx), the rest on
// demand; tests, scripts, the prerender and the import worker load everything first
// (loadAllMessages), so `translatorFor` is synchronous for every caller.
import { languages, type Language, type Translate, type Translators } from '@/domain/translate'
import { catalogueGroups, catalogueLoaders, type CatalogueGroup } from '@/locales/catalogue-loaders'
import { setupI18n, type I18n } from '@lingui/core'
import { loadOnce, type LoadOnce } from '@/lib/load-once'
import { parseLocation } from '@/lib/routing/location'

type Messages = Record<string, unknown>

/** A group of messages (a nested object); a message is a string (as written) or an array (compiled). */
const isGroup = (value: unknown): value is Messages =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A nested group of messages as one level keyed by dotted ids ("a.b.c"), Lingui's message ids. */
function flatten(
  tree: Messages,
  prefix: string,
  out: Record<string, unknown>,
): Record<string, unknown> {
  for (const [key, value] of Object.entries(tree)) {
    if (isGroup(value)) flatten(value, `${prefix}${key}.`, out)
    else out[`${prefix}${key}`] = value
  }
  return out
}

// The messages loaded so far, one Lingui instance per language. A missing message shows its id,
// so the gap is visible and testable (and Lingui does not mistake the id for an uncompiled message).
const catalogues = Object.fromEntries(
  languages.map((lang) => [
    lang,
    setupI18n({ locale: lang, messages: { [lang]: {} }, missing: (_locale, id) => id }),
  ]),
) as Record<Language, I18n>

/** The ids of the messages loaded so far in either language. */
export function loadedMessageIds(): string[] {
  return [...new Set(languages.flatMap((lang) => Object.keys(catalogues[lang].messages)))]
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/** The browser's preferred interface language, English when it prefers neither. */
export function browserLanguage(
  preferred: readonly string[] = typeof navigator === 'undefined'
    ? []
    : (navigator.languages ?? [navigator.language]),
): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

const loaded = new Set<string>()
const pending = new Map<string, LoadOnce<void>>()
const listeners = new Set<() => void>()
let version = 0

function addMessages(lang: Language, files: Record<string, Messages>): void {
  const known = catalogues[lang].messages
  const added: Record<string, unknown> = {}
  for (const [file, messages] of Object.entries(files)) {
    for (const [id, message] of Object.entries(flatten(messages, '', {}))) {
      if (id in known || id in added)
        throw new Error(`Message key "${id}" is defined twice (again in ${file})`)
      added[id] = message
    }
  }
  catalogues[lang].load(lang, added as Parameters<I18n['load']>[1])
}

/** Groups that load with another: the import view and the exports both write the format's column headers. */
const loadsWith: Partial<Record<CatalogueGroup, CatalogueGroup[]>> = {
  import: ['columns'],
  export: ['columns'],
}

/** Loads one group of a language's messages (once; a failed load can be retried). */
export function loadMessages(lang: Language, group: CatalogueGroup = 'core'): Promise<void> {
  const id = `${lang}/${group}`
  let load = pending.get(id)
  if (!load) {
    load = loadOnce(() =>
      Promise.all([
        catalogueLoaders[lang][group](),
        ...(loadsWith[group] ?? []).map((other) => loadMessages(lang, other)),
      ]).then(([{ default: files }]) => {
        addMessages(lang, files)
        loaded.add(id)
        version += 1
        for (const listener of listeners) listener()
      }),
    )
    pending.set(id, load)
  }
  return load()
}

/** The groups loaded for any language: a language is ready when it has all of them. */
function groupsInUse(): CatalogueGroup[] {
  return catalogueGroups.filter(
    (group) => group === 'core' || languages.some((lang) => loaded.has(`${lang}/${group}`)),
  )
}

export function isLanguageReady(lang: Language): boolean {
  return groupsInUse().every((group) => loaded.has(`${lang}/${group}`))
}

/** True once a group of a language's messages is in. */
export function isGroupLoaded(lang: Language, group: CatalogueGroup): boolean {
  return loaded.has(`${lang}/${group}`)
}

/** Makes a language ready, with the messages of every view already open in another. */
export async function loadLanguage(lang: Language): Promise<void> {
  await Promise.all(groupsInUse().map((group) => loadMessages(lang, group)))
}

/** Loads a group for every language in use (a view calls this before it renders). */
export async function loadGroup(group: CatalogueGroup): Promise<void> {
  await Promise.all(
    languages.filter((lang) => loaded.has(`${lang}/core`)).map((lang) => loadMessages(lang, group)),
  )
}

/** For useSyncExternalStore: re-render when messages arrive. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
export const messagesVersion = (): number => version

const translators: Partial<Record<Language, Translate>> = {}

/** A `t` bound to one language, for components, the domain's text builders and the exports. */
export function translatorFor(lang: Language): Translate {
  return (translators[lang] ??= (key, vars) => catalogues[lang]._(key, vars))
}

let both: Translators | undefined

/** The translators of both languages (one object): what reads a file of the format takes. */
export function bothTranslators(): Translators {
  return (both ??= { en: translatorFor('en'), es: translatorFor('es') })
}

/** Every message of both languages: for tests, scripts, the prerender and the import worker. */
export async function loadAllMessages(): Promise<void> {
  await Promise.all(
    languages.flatMap((lang) => catalogueGroups.map((group) => loadMessages(lang, group))),
  )
}

/** What the browser page needs before its first render: its language's core messages. */
export async function loadStartupMessages(
  pathname: string = window.location.pathname,
  search: string = window.location.search,
): Promise<void> {
  await loadMessages(parseLocation(pathname, search).params.lang ?? browserLanguage())
}
