// The app's own message lookup must read every catalogue message exactly as i18next (its
// former engine, still installed) does: same plural choice, same interpolation, same fallbacks.
import i18next from 'i18next'
import { languages, type Language } from '@/domain/translate'
import { catalogueGroups } from '@/locales/catalogue-loaders'
import { catalogues } from '@/locales/catalogues'
import { isLanguageReady, mergeCatalogue, resources, translatorFor } from '@/lib/i18n'

const reference = i18next.createInstance()
await reference.init({
  resources: { en: { translation: mergeCatalogue(catalogues.en) }, es: { translation: mergeCatalogue(catalogues.es) } },
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

type Messages = { [key: string]: string | Messages }

function entries(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  )
}

/** Every key as the app asks for it (plural forms by their base key), with a value for every placeholder. */
function cases(lang: Language) {
  const seen = new Map<string, Set<string>>()
  for (const [key, text] of entries(resources[lang].translation as Messages)) {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '')
    const names = seen.get(base) ?? new Set<string>()
    for (const [, name] of text.matchAll(/\{\{\s*-?\s*([^{}\s]+)\s*\}\}/g)) names.add(name!)
    seen.set(base, names)
  }
  return [...seen].flatMap(([key, names]) =>
    [0, 1, 2, 21].map((count) => ({ key, vars: Object.fromEntries([...names].map((n) => [n, n === 'count' ? count : `«${n}»`]).concat([['count', count]])) })),
  )
}

describe.each(languages)('messages in %s', (lang) => {
  it('every message, with every placeholder and counts 0, 1, 2 and 21, reads as with i18next', () => {
    const ours = translatorFor(lang)
    const theirs = reference.getFixedT(lang)
    const all = cases(lang)
    const differences = all
      .map(({ key, vars }) => ({ key, count: vars.count, ours: ours(key, vars), i18next: theirs(key, vars) }))
      .filter((c) => c.ours !== c.i18next)
    expect(all.length).toBeGreaterThan(100)
    expect(differences).toEqual([])
  })
})

describe('loading', () => {
  it('tests start with every message of both languages loaded (tests/setup.ts)', () => {
    for (const lang of languages) {
      expect(isLanguageReady(lang)).toBe(true)
      expect(resources[lang].translation).toEqual(mergeCatalogue(catalogues[lang]))
    }
    expect(catalogueGroups).toEqual(['core', 'indicator', 'views', 'import', 'export'])
  })
})

describe('lookup edge cases', () => {
  const t = translatorFor('en')
  it.each([
    ['a missing key shows the key', 'no.such.key', undefined, 'no.such.key'],
    ['a key naming a group (not a message) shows the key', 'nav.nothing', undefined, 'nav.nothing'],
    ['a missing placeholder value becomes empty', 'app.loadError', { reason: 'r' }, 'The figures could not be loaded from : r'],
  ])('%s', (_, key, vars, expected) => {
    expect(t(key, vars as Record<string, string> | undefined)).toBe(expected)
  })

  it('picks the plural form by the language’s rules', () => {
    expect(t('app.invalidRecords', { count: 1 })).toMatch(/^1 records?/)
    expect(translatorFor('es')('app.invalidRecords', { count: 2 })).toMatch(/^2 /)
  })
})
