import { magnitudeOf, readDigits, scaleNumber } from '@/features/documents/model/read-number'
import { findMentions } from '@/features/documents/model/find-mentions'

describe('readDigits', () => {
  it.each([
    ['4,323', 'en', 4323],
    ['4.323', 'es', 4323],
    ['2.5', 'en', 2.5],
    ['2,5', 'es', 2.5],
    ['5.500', 'es', 5500],
    ['1,234,567', 'en', 1234567],
    ['1.234.567', 'en', 1234567],
    ['1,234.5', 'es', 1234.5],
    ['12\u00A0400', 'es', 12400],
  ] as const)('%s in %s reads %d', (raw, lang, expected) => {
    expect(readDigits(raw, lang)).toBe(expected)
  })
})

describe('magnitudes', () => {
  it.each([
    ['million', 1e6],
    ['millones', 1e6],
    ['mil millones', 1e9],
    ['billion', 1e9],
    ['billón', 1e12],
    ['thousand', 1e3],
  ])('%s is %d', (word, factor) => expect(magnitudeOf(word)).toBe(factor))
  it('scales without floating-point dust', () => expect(scaleNumber(2.5, 1e6)).toBe(2500000))
})

describe('findMentions: value and estimate kind from the wording', () => {
  it.each([
    ['at least 2.5 million people were smuggled', 'en', { kind: 'lower-bound', value: 2.5e6 }],
    ['more than 12,000 migrants were returned', 'en', { kind: 'lower-bound', value: 12000 }],
    ['over 600 cases were opened', 'en', { kind: 'lower-bound', value: 600 }],
    ['up to 1,500 returnees per month', 'en', { kind: 'upper-bound', value: 1500 }],
    ['fewer than 300 migrants received support', 'en', { kind: 'upper-bound', value: 300 }],
    ['no fewer than 300 migrants arrived', 'en', { kind: 'lower-bound', value: 300 }],
    [
      'between 5.5 and 7 billion dollars in profits',
      'en',
      { kind: 'range', low: 5.5e9, high: 7e9 },
    ],
    ['US$5.5–7 billion in profits', 'en', { kind: 'range', low: 5.5e9, high: 7e9 }],
    ['entre 5.500 y 7.000 millones de dólares', 'es', { kind: 'range', low: 5.5e9, high: 7e9 }],
    ['2,5 millones de personas', 'es', { kind: 'point', value: 2.5e6 }],
    ['4.323 retornos involuntarios', 'es', { kind: 'point', value: 4323 }],
    ['al menos 6.000 niños', 'es', { kind: 'lower-bound', value: 6000 }],
    ['hasta 3.000 retornados', 'es', { kind: 'upper-bound', value: 3000 }],
    ['menos de 2.000 personas', 'es', { kind: 'upper-bound', value: 2000 }],
  ] as const)('%s', (sentence, lang, estimate) => {
    expect(findMentions(sentence, lang).map((m) => m.estimate)).toEqual([estimate])
  })

  it('keeps "about", "nearly" and "some" as an approximate point', () => {
    for (const s of [
      'about 2,300 people',
      'nearly 5,000 migrants',
      'some 250,000 migrants',
      'unos 1.500 migrantes',
    ]) {
      const [m] = findMentions(s, s.startsWith('unos') ? 'es' : 'en')
      expect(m?.estimate.kind).toBe('point')
      expect(m?.approximate).toBe(true)
    }
  })

  it('reads two numbers in one sentence as two figures, not a range', () => {
    const found = findMentions(
      'Guatemala received 36,100 returnees from the US and 9,200 from Mexico.',
      'en',
    )
    expect(found.map((m) => m.estimate)).toEqual([
      { kind: 'point', value: 36100 },
      { kind: 'point', value: 9200 },
    ])
    expect(found.map((m) => m.unit)).toEqual(['returns', 'returns'])
  })

  it('flags "dollars" without a named currency, and not "US$"', () => {
    expect(findMentions('7 billion dollars in profits', 'en')[0]).toMatchObject({
      currency: 'USD',
      currencyNotNamed: true,
    })
    expect(findMentions('US$7 billion in profits', 'en')[0]).toMatchObject({
      currency: 'USD',
      currencyNotNamed: false,
    })
    expect(findMentions('7.000 millones de dólares estadounidenses', 'es')[0]).toMatchObject({
      currency: 'USD',
      currencyNotNamed: false,
    })
  })

  it.each([
    ['During four sessions from Tuesday 8 to Friday 11 September.', 'en'],
    ['The Work Plan 2019-2025 was approved in 2019.', 'en'],
    ['The training spanned 2 weeks, with 3 live online sessions.', 'en'],
    ['For information call +506 2212-5300 or (506) 2212 5300.', 'en'],
    ['1. Improve registration.', 'en'],
    ['the impact of COVID-19 on 35 participants', 'en'],
    ['Chapter 4, on pages 80-95, and Article 3 of the Protocol.', 'en'],
    ['El taller se realizará del 3 al 5 de marzo en 4 sesiones.', 'es'],
    ['menores de 18 años, los días 4 y 5 de abril, de 9 a 12 horas', 'es'],
    ['The programme, launched on 1 March 2019, will run for 18 months.', 'en'],
  ] as const)('proposes nothing in "%s"', (sentence, lang) => {
    expect(findMentions(sentence, lang)).toEqual([])
  })
})
