import { localize, markedText, splitLanguageMark, withLanguageMark } from '@/domain/translate'

describe('the fallback-language mark', () => {
  it('marks a text shown in the other language with its code', () => {
    expect(withLanguageMark('Retornos', 'es')).toBe('Retornos [es]')
    expect(withLanguageMark('Returns', undefined)).toBe('Returns')
    expect(markedText({ text: 'Retornos', lang: 'es', fallback: true })).toBe('Retornos [es]')
    expect(markedText({ text: 'Returns', lang: 'en', fallback: false })).toBe('Returns')
    expect(localize({ es: 'Retornos' }, 'en')).toBe('Retornos [es]')
  })

  it('reads the mark back as the importer does', () => {
    expect(splitLanguageMark('Retornos [es]')).toEqual({ text: 'Retornos', lang: 'es' })
    expect(splitLanguageMark('Returns')).toEqual({ text: 'Returns', lang: null })
    expect(splitLanguageMark('Returns[en]')).toEqual({ text: 'Returns[en]', lang: null })
  })
})
