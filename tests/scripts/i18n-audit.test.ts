import { describe, expect, it } from 'vitest'
import {
  compareCatalogues,
  compareMessages,
  findHardCodedText,
  findUnknownKeys,
  messageKeys,
  placeholders,
} from '@scripts/lib/i18n-audit'
import { mergeCatalogue } from '@scripts/lib/i18n-audit'
import { catalogues } from '@/locales/catalogues'

describe('compareCatalogues', () => {
  it('finds a key present in one language only', () => {
    expect(compareCatalogues({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' })).toEqual({
      missingInEs: ['a.c'],
      missingInEn: ['d'],
    })
  })

  it('finds the English and Spanish catalogues of the app in step', () => {
    const result = compareCatalogues(
      mergeCatalogue(catalogues.en) as never,
      mergeCatalogue(catalogues.es) as never,
    )
    expect(result).toEqual({ missingInEs: [], missingInEn: [] })
  })
})

describe('compareMessages', () => {
  it('reads the placeholders of a message, inside plural branches too', () => {
    expect(
      placeholders(
        '{count, plural, one {# figure for {place}} other {# figures for {place}}} in {year}',
      ),
    ).toEqual(['count', 'place', 'year'])
    expect(placeholders('No placeholder')).toEqual([])
  })

  it('reports a translation with other placeholders and a message that is not valid ICU', () => {
    const en = { a: { b: 'Remove {name}', c: 'Fine {x}', d: 'Broken {x' } }
    const es = { a: { b: 'Quitar {nombre}', c: 'Bien {x}', d: 'Roto {x}' } }
    const problems = compareMessages(en, es)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toBe('"a.b" uses {name} in English but {nombre} in Spanish')
    expect(problems[1]).toMatch(/^en "a.d" is not valid ICU MessageFormat/)
  })

  it('finds every message of the app valid and its placeholders the same in both languages', () => {
    expect(
      compareMessages(
        mergeCatalogue(catalogues.en) as never,
        mergeCatalogue(catalogues.es) as never,
      ),
    ).toEqual([])
  })
})

describe('findHardCodedText', () => {
  it('reports JSX text and spoken attributes written in a component', () => {
    const source = `export const A = () => <div title="Close panel"><p>Source: IOM</p>{' '}<b>{t('x')}</b><i aria-label={"Menu"} /></div>`
    expect(findHardCodedText('a.tsx', source).map((h) => h.text)).toEqual([
      'Close panel',
      'Source: IOM',
      'Menu',
    ])
  })

  it('accepts punctuation, numbers and catalogue lookups', () => {
    expect(
      findHardCodedText(
        'a.tsx',
        `export const A = () => <p>{t('a')} · {n} – 1 (<span title={t('b')} />)</p>`,
      ),
    ).toEqual([])
  })
})

describe('findUnknownKeys', () => {
  it('reports t() keys that are not in the catalogue', () => {
    const known = new Set(
      messageKeys({ app: { title: 'x', item: '{count, plural, one {# item} other {# items}}' } }),
    )
    const source = `t('app.title'); t('app.item', { count: 2 }); t('app.missing'); t(\`nav.\${v}\`)`
    expect(findUnknownKeys('a.ts', source, known).map((h) => h.text)).toEqual(['app.missing'])
  })
})
