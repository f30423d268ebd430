import { foldText, slugify } from '@/domain/fold-text'

describe('foldText', () => {
  it.each([
    ['Panamá', 'panama'],
    ['  San Cristóbal ', 'san cristobal'],
    ['MÉXICO', 'mexico'],
    ['Tipo  de\testimación', 'tipo de estimacion'],
  ])('%j → %j', (input, expected) => expect(foldText(input)).toBe(expected))
})

describe('slugify', () => {
  it.each([
    ['Asylum claims (2019)', 'asylum-claims-2019'],
    ['Tráfico ilícito: 2016/2018', 'trafico-ilicito-2016-2018'],
    ['../../etc/passwd', 'etc-passwd'],
    ['CON<>:"|?*', 'con'],
    ['', ''],
  ])('%j → %j (safe in ids and on every file system)', (input, expected) =>
    expect(slugify(input)).toBe(expected),
  )

  it('gives the fallback when no letter or digit is left', () => {
    expect(slugify('***', 'item')).toBe('item')
  })

  it('stops at 60 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`)
    expect(slug).toBe('a'.repeat(59))
  })
})
