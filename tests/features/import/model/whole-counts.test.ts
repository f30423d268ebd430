// A count of people, returns or events written the Spanish way ("4.323" for four thousand three
// hundred and twenty-three) must not be read as a fraction of a person in silence: the importer
// lists it as a problem and says the likely reading, in the reader's language.
import { describe, expect, it } from 'vitest'
import { translatorFor } from '@/lib/i18n'
import { checkWholeCount } from '@/domain/file-format/read-cells'
import type { MessageRef } from '@/domain/translate'
import { analyseText, csv, row } from '../helpers'

const en = translatorFor('en')
const es = translatorFor('es')
const say = (lang: typeof en, ref: MessageRef | null) => (ref ? lang(ref.key, ref.vars) : null)

describe('checkWholeCount', () => {
  it.each([
    [
      '4.323',
      4.323,
      'persons',
      '4.323 people is not a whole number; if the dot separates thousands, write 4323',
      '4.323 personas no es un número entero; si el punto separa los miles, escriba 4323',
    ],
    [
      '12.500',
      12.5,
      'returns',
      '12.500 returns is not a whole number; if the dot separates thousands, write 12500',
      '12.500 retornos no es un número entero; si el punto separa los miles, escriba 12500',
    ],
    [
      '1.234.567',
      1234.567,
      'events',
      '1.234.567 events is not a whole number; if the dot separates thousands, write 1234567',
      '1.234.567 eventos no es un número entero; si el punto separa los miles, escriba 1234567',
    ],
    [
      '2.5',
      2.5,
      'persons',
      '2.5 people is not a whole number; a count has no fraction',
      '2.5 personas no es un número entero; un recuento no tiene fracciones',
    ],
  ])(
    '%s %s: a problem with the likely reading, in English and Spanish',
    (text, value, unit, inEnglish, inSpanish) => {
      const reason = checkWholeCount(text, value, unit)
      expect(say(en, reason)).toBe(inEnglish)
      expect(say(es, reason)).toBe(inSpanish)
    },
  )

  it.each([
    ['4323', 4323, 'persons'],
    ['2500000', 2_500_000, 'persons'],
    ['5.5', 5.5, 'currency'],
    ['12.500', 12.5, 'hectares'],
  ])('%s %s is no problem', (text, value, unit) => {
    expect(checkWholeCount(text, value, unit)).toBeNull()
  })
})

describe('importing counts written with dots between thousands', () => {
  it('lists the likely reading on every such row of a file with Spanish headers, and imports none of them', () => {
    const text = [
      'indicador;código geográfico;año;tipo de estimación;valor (como se muestra);mínimo;máximo;unidad;advertencias;documento fuente;editor',
      'Retornos involuntarios registrados;JAM;2018;puntual;4.323;;;retornos;Cobertura: solo un organismo;Registro;Ministerio',
      'Retornos involuntarios registrados;JAM;2019;puntual;4323;;;retornos;Cobertura: solo un organismo;Registro;Ministerio',
      'Retornos involuntarios registrados;TTO;2019;al menos;12.500;;;personas;Cobertura: solo un organismo;Registro;Ministerio',
      'Retornos involuntarios registrados;GUY;2019;intervalo;;1.200;3.450;retornos;Cobertura: solo un organismo;Registro;Ministerio',
    ].join('\n')
    const { summary, figures } = analyseText(text)
    expect(summary.fileError).toBeNull()
    expect(figures.map((f) => [f.year, f.estimate])).toEqual([
      [2019, { kind: 'point', value: 4323 }],
    ])
    expect(
      summary.issues.map((issue) => [issue.row, issue.column, issue.value, say(es, issue.reason)]),
    ).toEqual([
      [
        2,
        'valor (como se muestra)',
        '4.323',
        '4.323 retornos no es un número entero; si el punto separa los miles, escriba 4323',
      ],
      [
        4,
        'valor (como se muestra)',
        '12.500',
        '12.500 personas no es un número entero; si el punto separa los miles, escriba 12500',
      ],
      [
        5,
        'mínimo',
        '1.200',
        '1.200 retornos no es un número entero; si el punto separa los miles, escriba 1200',
      ],
      [
        5,
        'máximo',
        '3.450',
        '3.450 retornos no es un número entero; si el punto separa los miles, escriba 3450',
      ],
    ])
    expect(say(en, summary.issues[0]!.reason)).toBe(
      '4.323 returns is not a whole number; if the dot separates thousands, write 4323',
    )
  })

  it('reads the display text of a Spanish export ("10.001" beside low 10001) as text, not as a count', () => {
    const { summary, figures } = analyseText(
      csv(row({ 'value (as displayed)': '10.001', low: '10001', high: '10001' })),
    )
    expect(summary.issues).toEqual([])
    expect(figures[0]!.estimate).toEqual({ kind: 'point', value: 10001 })
  })

  it('still reads a sum of money with decimals', () => {
    const { summary, figures } = analyseText(
      csv(row({ 'value (as displayed)': '5.5', unit: 'currency', currency: 'USD' })),
    )
    expect(summary.issues).toEqual([])
    expect(figures[0]!.estimate).toEqual({ kind: 'point', value: 5.5 })
  })
})
