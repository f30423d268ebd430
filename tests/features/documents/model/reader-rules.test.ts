// The rules added after the first held-out set showed their absence: "as many as" bounds, counts of
// networks, expulsions, demonyms, named currencies (and which the dashboard can show), and the
// years that are not a figure's period. Each in English and Spanish.
import { findMentions } from '@/features/documents/model/find-mentions'
import { findYear } from '@/features/documents/model/figure-context'
import { SHOWN_CURRENCIES } from '@/features/documents/model/lexicon'
import { readDocument } from '@/features/documents/model/read-document'
import figures from '@/locales/en/figures.json'

const first = (sentence: string, lang: 'en' | 'es') => findMentions(sentence, lang)[0]

describe('upper bounds: "as many as", "hasta", "a lo sumo"', () => {
  it.each([
    ['as many as 15,000 people crossed', 'en', 15000],
    ['as much as US$2 million was paid', 'en', 2e6],
    ['hasta 4.000 personas cruzaron', 'es', 4000],
    ['a lo sumo 300 personas fueron atendidas', 'es', 300],
  ] as const)('%s', (sentence, lang, value) => {
    expect(first(sentence, lang)).toMatchObject({
      estimate: { kind: 'upper-bound', value },
    })
  })
})

describe('counts of networks and groups are counts of events', () => {
  it.each([
    ['Police dismantled 12 smuggling networks', 'en'],
    ['Police broke up 4 criminal groups', 'en'],
    ['Al menos 35 redes de tráfico fueron desarticuladas', 'es'],
    ['Se desarticularon 14 organizaciones criminales', 'es'],
    ['La policía capturó 6 bandas', 'es'],
  ] as const)('%s', (sentence, lang) => {
    expect(first(sentence, lang)?.unit).toBe('events')
  })
})

describe('expulsions count returns', () => {
  it.each([
    ['Chile expulsó a 1.845 personas extranjeras', 'es'],
    ['Se registraron 900 expulsiones', 'es'],
    ['Chile expelled 1,845 foreign nationals', 'en'],
    ['There were 900 expulsions last year', 'en'],
  ] as const)('%s', (sentence, lang) => {
    expect(first(sentence, lang)?.unit).toBe('returns')
  })
})

describe('nationalities count people', () => {
  it.each([
    ['Más de 80.000 ecuatorianos cruzaron la selva', 'es', 80000],
    ['Unas 2.000 colombianas pidieron asilo', 'es', 2000],
    ['1.300 costarricenses viajaron', 'es', 1300],
    ['Some 2,100 Salvadorans arrived', 'en', 2100],
    ['4,500 Ecuadorians crossed the Darién', 'en', 4500],
  ] as const)('%s', (sentence, lang, value) => {
    expect(first(sentence, lang)).toMatchObject({ unit: 'persons', estimate: { value } })
  })

  it('a deported nationality counts returns', () => {
    expect(first('The Dominican Republic deported 171,000 Haitians', 'en')?.unit).toBe('returns')
    expect(first('México deportó a 5.000 hondureños', 'es')?.unit).toBe('returns')
  })
})

describe('currencies named after the number', () => {
  it.each([
    ['un costo de 3.200 millones de pesos chilenos', 'es', 'CLP', 3.2e9],
    ['se aseguraron 45 millones de pesos mexicanos', 'es', 'MXN', 45e6],
    ['se pagaron 9.000 quetzales', 'es', 'GTQ', 9000],
    ['police seized 2.1 million quetzales', 'en', 'GTQ', 2.1e6],
    ['smugglers charged 40,000 Mexican pesos', 'en', 'MXN', 40000],
  ] as const)('%s', (sentence, lang, currency, value) => {
    expect(first(sentence, lang)).toMatchObject({
      unit: 'currency',
      currency,
      estimate: { value },
    })
  })

  it('bare pesos are money whose currency the figure’s place decides, flagged', () => {
    const es = readDocument(
      'Chile gasta más\n\nSantiago - El operativo en Chile tuvo un costo de 3.200 millones de pesos en 2023.',
    ).candidates[0]!
    expect(es).toMatchObject({ unit: 'currency', currency: 'CLP' })
    expect(es.flags).toEqual(
      expect.arrayContaining([
        { key: 'currencyFromPlace', values: { code: 'CLP' } },
        { key: 'currencyNotShown', values: { code: 'CLP' } },
      ]),
    )
    const en = readDocument('Costs\n\nMexico spent 120 million pesos on return flights in 2022.')
      .candidates[0]!
    expect(en).toMatchObject({ unit: 'currency', currency: 'MXN' })
  })

  it('pesos of no known place have no currency, and the person is asked for one', () => {
    const c = readDocument('Costs\n\nThe operation cost 5 million pesos in 2022.').candidates[0]!
    expect(c).toMatchObject({ unit: 'currency', currency: null })
    expect(c.flags).toContainEqual({ key: 'currencyUnknown' })
  })

  it('US dollars are not flagged as a currency the dashboard cannot show', () => {
    const c = readDocument('Costs\n\nMexico spent US$3 million in 2022.').candidates[0]!
    expect(c.currency).toBe('USD')
    expect(c.flags.map((f) => f.key)).not.toContain('currencyNotShown')
  })

  it('the currencies counted as shown are those the interface names', () => {
    expect([...SHOWN_CURRENCIES].sort()).toEqual(Object.keys(figures.currency).sort())
  })
})

describe('years that are not the figure’s period', () => {
  it.each([
    ['1,150 migrants in 2022, an increase of 40% over 2021', '40%', 2022],
    ['1,150 migrants in 2022, 40% more than 2021', '40%', 2022],
    ['en 2023 fueron 1.127, un 18% más respecto de 2022', '18%', 2023],
    ['en 2023, 200 más frente a 2022', '200', 2023],
  ])('%s: %s is of %d', (sentence, number, year) => {
    const end = sentence.indexOf(number) + number.length
    expect(findYear(sentence, end, sentence.length)?.year).toBe(year)
  })

  it.each([
    'Al menos 35 redes fueron desarticuladas desde 2021.',
    'At least 35 networks have been dismantled since 2021.',
  ])('a year counted from is no period: %s', (sentence) => {
    expect(findYear(sentence, 12, sentence.length)).toBeNull()
  })

  it.each([
    [
      'en',
      'Belize border\n\nBelize detected 1,150 migrants in 2022.\n\nAn estimated 300 to 400 people cross the border every month.',
    ],
    [
      'es',
      'El Salvador\n\nEl Salvador registró 26.400 retornos en 2019.\n\nSe estima que 2,5 millones de salvadoreños viven en el exterior.',
    ],
  ])('%s: a present state or a rate with no year of its own takes no earlier year', (_, text) => {
    const [earlier, timeless] = readDocument(text).candidates
    expect(earlier!.year).not.toBeNull()
    expect(timeless!.year).toBeNull()
    expect(timeless!.flags.map((f) => f.key)).toContain('noPeriod')
  })

  it('a past statement with no year of its own still takes the lead’s year', () => {
    const [, later] = readDocument(
      'Belize\n\nBelize detected 1,150 migrants in 2022.\n\nPolice also arrested 57 smugglers.',
    ).candidates
    expect(later!.year).toBe(2022)
  })
})
