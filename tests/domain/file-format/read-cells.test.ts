import {
  readCaveats,
  readEstimateKind,
  readLocalized,
  readNumber,
  readUnit,
  readYear,
} from '@/domain/file-format/read-cells'
import { readCoverage, readReportingUnits } from '@/domain/file-format/read-coverage'
import {
  guessTheme,
  readAddress,
  readDate,
  readEvidence,
  readPerson,
} from '@/domain/file-format/read-source'

import { bothTranslators } from '@/lib/i18n'

const tr = bothTranslators()
const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'error')
const reason = (r: { ok: true } | { ok: false; reason: { key: string } }) =>
  r.ok ? 'ok' : r.reason.key

describe('cell readers', () => {
  it.each([
    ['4323', 4323],
    [' 2.5 ', 2.5],
    ['5500000000', 5_500_000_000],
    ['1e+21', 1e21],
    ['', null],
  ])('readNumber(%j) = %j', (text, expected) => expect(value(readNumber(text))).toBe(expected))

  it.each([
    ['abc', 'import.reason.notANumber'],
    ['at least 2.5 million', 'import.reason.notANumber'],
    ['-5', 'import.reason.negative'],
    ['4,323', 'import.reason.thousandsSeparator'],
    ['1.234.567', 'import.reason.thousandsSeparator'],
    ['12,5', 'import.reason.notANumber'],
  ])('readNumber(%j) fails with %s', (text, key) => expect(reason(readNumber(text))).toBe(key))

  it.each([
    ['2018', 2018],
    ['18', 'error'],
    ['1850', 'error'],
    ['2018.0', 'error'],
  ])('readYear(%j) = %j', (text, expected) => expect(value(readYear(text))).toBe(expected))

  it.each([
    ['point', 'point'],
    ['Point value', 'point'],
    ['Valor puntual', 'point'],
    ['Lower bound (at least)', 'lower-bound'],
    ['límite inferior', 'lower-bound'],
    ['Límite inferior (al menos)', 'lower-bound'],
    ['Range (low to high)', 'range'],
    ['Intervalo (de mínimo a máximo)', 'range'],
    ['estimate', 'error'],
  ])('readEstimateKind(%j) = %j', (text, expected) =>
    expect(value(readEstimateKind(text, tr))).toBe(expected),
  )

  it.each([
    ['people', 'persons'],
    ['personas', 'persons'],
    ['US dollars', 'currency'],
    ['dólares estadounidenses', 'currency'],
    ['cases', 'cases'],
  ])('readUnit(%j) = %j', (text, expected) => expect(value(readUnit(text, tr))).toBe(expected))

  it.each([
    ['2020-08-27', '2020-08-27'],
    ['August 27, 2020', '2020-08-27'],
    ['27 de agosto de 2020', '2020-08-27'],
    ['27 August 2020', '2020-08-27'],
    ['date not stated', null],
    ['fecha no indicada', null],
    ['', null],
    ['2020-02-30', 'error'],
    ['27/08/2020', 'error'],
  ])('readDate(%j) = %j', (text, expected) => expect(value(readDate(text, tr))).toBe(expected))

  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['no address given', null],
    ['no se indica dirección', null],
    ['javascript:alert(1)', 'error'],
  ])('readAddress(%j) = %j', (text, expected) =>
    expect(value(readAddress(text, tr))).toBe(expected),
  )

  it.each([
    [
      'Paragraph 3: “at least 2.5 million people”',
      { paragraph: 3, quote: 'at least 2.5 million people' },
    ],
    ['Párrafo 5: «4.323 retornos»', { paragraph: 5, quote: '4.323 retornos' }],
    ['not stated', null],
    ['the sentence', 'error'],
  ])('readEvidence(%j)', (text, expected) =>
    expect(value(readEvidence(text, tr))).toEqual(expected),
  )

  it('reads caveats with their types, in either language, and the explicit none', () => {
    expect(
      value(
        readCaveats(
          'Coverage: Only seven countries. | Método de estimación: Un límite inferior. [es]',
          'en',
          tr,
        ),
      ),
    ).toEqual({
      caveats: [
        { type: 'coverage', text: { en: 'Only seven countries.' } },
        { type: 'estimate-method', text: { es: 'Un límite inferior.' } },
      ],
      noCaveatStated: false,
    })
    for (const none of [
      'None stated: No caveat stated by the source.',
      'none stated',
      'Ninguna indicada: La fuente no indica ninguna advertencia.',
    ]) {
      expect(value(readCaveats(none, 'en', tr))).toEqual({ caveats: [], noCaveatStated: true })
    }
  })

  it.each([
    ['', 'import.reason.noCaveats'],
    ['Data from seven countries only', 'import.reason.caveatType'],
    ['Coverage:', 'import.reason.caveatEmpty'],
    ['None stated: x | Coverage: y', 'import.reason.caveatNoneAndSome'],
  ])('readCaveats(%j) fails with %s', (text, key) =>
    expect(reason(readCaveats(text, 'en', tr))).toBe(key),
  )

  it.each([
    ['', { status: 'not-stated', reportingUnitCount: null, reportingUnits: null }],
    [
      'Coverage not stated by the source.',
      { status: 'not-stated', reportingUnitCount: null, reportingUnits: null },
    ],
    [
      'Coverage not stated by the source. Worldwide.',
      {
        status: 'not-stated',
        statement: { en: 'Worldwide.' },
        reportingUnitCount: null,
        reportingUnits: null,
      },
    ],
    [
      'Seven countries.',
      {
        status: 'stated',
        statement: { en: 'Seven countries.' },
        reportingUnitCount: null,
        reportingUnits: null,
      },
    ],
  ])('readCoverage(%j)', (text, expected) => expect(readCoverage(text, 'en', tr)).toEqual(expected))

  it.each([
    [
      'Melissa Flynn, Director of Programs',
      { name: 'Melissa Flynn', role: 'Director of Programs' },
    ],
    ['Jane Doe', { name: 'Jane Doe', role: null }],
    ['nobody quoted', null],
    ['', null],
  ])('readPerson(%j)', (text, expected) => expect(readPerson(text, tr)).toEqual(expected))

  it.each([
    ['texto [es]', 'en', { es: 'texto' }],
    ['text', 'es', { es: 'text' }],
  ] as const)('readLocalized(%j, %s)', (text, lang, expected) =>
    expect(readLocalized(text, lang)).toEqual(expected),
  )

  it.each([
    ['Deportations registered', 'returns'],
    ['Retornos forzados', 'returns'],
    ['Smuggling cases', 'smuggling'],
    ['Asylum claims', null],
  ])('guessTheme(%j) = %j', (name, expected) => expect(guessTheme(name)).toBe(expected))

  it.each([
    ['7', { reportingUnitCount: 7, reportingUnits: null }],
    ['7 countries', { reportingUnitCount: 7, reportingUnitType: 'country', reportingUnits: null }],
    ['1 agency', { reportingUnitCount: 1, reportingUnitType: 'agency', reportingUnits: null }],
    [
      '3 países: ATG, brb, GRD',
      {
        reportingUnitCount: 3,
        reportingUnitType: 'country',
        reportingUnits: ['ATG', 'BRB', 'GRD'],
      },
    ],
    [
      '1,200 other units',
      { reportingUnitCount: 1200, reportingUnitType: 'other', reportingUnits: null },
    ],
    ['', null],
  ])('readReportingUnits(%j) = %j', (text, expected) =>
    expect(value(readReportingUnits(text, tr))).toEqual(expected),
  )

  it.each(['seven', '0 countries', '7 planets', '2 countries: Jamaica'])(
    'readReportingUnits(%j) fails',
    (text) => expect(reason(readReportingUnits(text, tr))).toBe('import.reason.reportingUnits'),
  )
})

describe('the translators a reader is given', () => {
  // The readers are pure: the labels they accept come from the translators passed in, so a
  // catalogue of other words is read with those words, and the app's own again afterwards.
  const other = (key: string) => (key === 'figure.estimateKind.point' ? 'cifra exacta' : key)

  it('reads the labels of the translators it is given, not the app catalogues', () => {
    expect(value(readEstimateKind('cifra exacta', { en: other, es: other }))).toBe('point')
    expect(reason(readEstimateKind('cifra exacta', tr))).toBe('import.reason.estimateKind')
    expect(value(readEstimateKind('Point value', tr))).toBe('point')
  })
})
