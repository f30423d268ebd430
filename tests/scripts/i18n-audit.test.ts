import { describe, expect, it } from 'vitest'
import { compareCatalogues, findHardCodedText, findUnknownKeys, messageKeys } from '@scripts/lib/i18n-audit'
import { mergeCatalogue } from '@/lib/i18n'
import { catalogues } from '@/locales/catalogues'

describe('compareCatalogues', () => {
  it('finds a key present in one language only', () => {
    expect(compareCatalogues({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' })).toEqual({ missingInEs: ['a.c'], missingInEn: ['d'] })
  })

  it('finds the English and Spanish catalogues of the app in step', () => {
    const result = compareCatalogues(mergeCatalogue(catalogues.en) as never, mergeCatalogue(catalogues.es) as never)
    expect(result).toEqual({ missingInEs: [], missingInEn: [] })
  })
})

describe('findHardCodedText', () => {
  it('reports JSX text and spoken attributes written in a component', () => {
    const source = `export const A = () => <div title="Close panel"><p>Source: IOM</p>{' '}<b>{t('x')}</b><i aria-label={"Menu"} /></div>`
    expect(findHardCodedText('a.tsx', source).map((h) => h.text)).toEqual(['Close panel', 'Source: IOM', 'Menu'])
  })

  it('accepts punctuation, numbers and catalogue lookups', () => {
    expect(findHardCodedText('a.tsx', `export const A = () => <p>{t('a')} · {n} – 1 (<span title={t('b')} />)</p>`)).toEqual([])
  })
})

describe('findUnknownKeys', () => {
  it('reports t() keys that are not in the catalogue, allowing plural forms', () => {
    const known = new Set(messageKeys({ app: { title: 'x', item_one: 'a', item_other: 'b' } }))
    const source = `t('app.title'); t('app.item', { count: 2 }); t('app.missing'); t(\`nav.\${v}\`)`
    expect(findUnknownKeys('a.ts', source, known).map((h) => h.text)).toEqual(['app.missing'])
  })
})
