// The interface messages through Lingui: every catalogue message reads with all its placeholders
// filled, plurals follow each language's rules, counts follow the locale, and a gap shows its key.
import { languages } from '@/domain/translate'
import { catalogueGroups } from '@/locales/catalogue-loaders'
import { catalogues } from '@/locales/catalogues'
import { isLanguageReady, loadedMessageIds, translatorFor } from '@/lib/i18n'
import { compileText, compileTree } from '@scripts/lib/compile-messages'
import { mergeCatalogue, messageKeys, placeholders } from '@scripts/lib/i18n-audit'

type Messages = { [key: string]: string | Messages }

function messageAt(messages: Messages, key: string): string {
  return key
    .split('.')
    .reduce<Messages | string>((node, part) => (node as Messages)[part]!, messages) as string
}

describe.each(languages)('messages in %s', (lang) => {
  const merged = mergeCatalogue(catalogues[lang]) as Messages
  const t = translatorFor(lang)

  it('every message reads with each placeholder filled in and no ICU syntax left over', () => {
    const keys = messageKeys(merged)
    expect(keys.length).toBeGreaterThan(400)
    const unreadable = keys.flatMap((key) => {
      const names = placeholders(messageAt(merged, key))
      const vars = Object.fromEntries(
        names.map((name) => [name, name === 'count' ? 3 : `«${name}»`]),
      )
      const text = t(key, vars)
      const missing = names.filter((name) => name !== 'count' && !text.includes(`«${name}»`))
      return text === key || /[{}]/.test(text) || missing.length > 0 ? [{ key, text, missing }] : []
    })
    expect(unreadable).toEqual([])
  })
})

describe('plurals and numbers', () => {
  it('chooses the form by each language’s rules', () => {
    const en = translatorFor('en')
    const es = translatorFor('es')
    expect(en('dashboard.filters.showing', { count: 1, filter: 'Jamaica' })).toBe(
      '1 figure shown for Jamaica.',
    )
    expect(en('dashboard.filters.showing', { count: 0, filter: 'Jamaica' })).toBe(
      '0 figures shown for Jamaica.',
    )
    expect(es('dashboard.filters.showing', { count: 1, filter: 'Jamaica' })).toBe(
      '1 cifra mostrada para Jamaica.',
    )
    expect(es('dashboard.filters.showing', { count: 2, filter: 'Jamaica' })).toBe(
      '2 cifras mostradas para Jamaica.',
    )
    expect(es('context.years', { count: 1 })).toBe('1 año')
  })

  it('writes a count as the locale writes numbers', () => {
    expect(translatorFor('en')('context.years', { count: 12345 })).toBe('12,345 years')
    // Spanish groups thousands only from five digits: 4323, but 12.345.
    expect(translatorFor('es')('context.years', { count: 4323 })).toBe('4323 años')
    expect(translatorFor('es')('context.years', { count: 12345 })).toBe('12.345 años')
  })
})

describe('lookup edge cases', () => {
  const t = translatorFor('en')
  it.each([
    ['a missing key shows the key', 'no.such.key', undefined, 'no.such.key'],
    ['a key naming a group (not a message) shows the key', 'nav', undefined, 'nav'],
    [
      'a missing placeholder value becomes empty',
      'app.loadError',
      { reason: 'r' },
      'The figures could not be loaded from : r',
    ],
  ])('%s', (_, key, vars, expected) => {
    expect(t(key, vars as Record<string, string> | undefined)).toBe(expected)
  })
})

describe('loading', () => {
  it('tests start with every message of both languages loaded (tests/setup.ts)', () => {
    for (const lang of languages) expect(isLanguageReady(lang)).toBe(true)
    expect(loadedMessageIds().sort()).toEqual(
      messageKeys(mergeCatalogue(catalogues.en) as Messages).sort(),
    )
    expect(catalogueGroups).toEqual([
      'core',
      'figures',
      'checks',
      'indicator',
      'map',
      'views',
      'import',
      'importer',
      'columns',
      'export',
      'notes',
      'filters',
    ])
  })
})

describe('compiling the catalogues for the build', () => {
  it('compiles every message, a plain text too, into the form Lingui’s runtime reads', () => {
    expect(compileText('Clear filters')).toEqual(['Clear filters'])
    expect(compileText('Remove {name}')).toEqual(['Remove ', ['name']])
    const tree = compileTree({ a: { b: 'x {y}' } }, 'a.json')
    expect(tree).toEqual({ a: { b: ['x ', ['y']] } })
  })

  it('names the file and key of a message that is not valid ICU', () => {
    expect(() => compileTree({ a: { b: 'Broken {x' } }, 'en/a.json')).toThrow(
      /^en\/a\.json: message "a\.b" is not valid ICU MessageFormat/,
    )
  })
})
