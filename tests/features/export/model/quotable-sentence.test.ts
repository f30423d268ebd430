// The sentence a person pastes into a report keeps the estimate kind, the coverage and the source.
import { describe, expect, it } from 'vitest'
import { buildQuotableSentence, shortPublisher } from '@/features/export/model/quotable-sentence'
import { byId, describeBuiltIn } from '../export-fixtures'

describe('buildQuotableSentence', () => {
  it.each([
    [
      'en',
      'migrants-smuggled-world-2016',
      'At least 2.5 million people (migrants smuggled, World, 2016), according to UNODC Global Study, cited as "the Global Study of our Office" as cited by IOM (date not stated); the source does not state which places the figure covers.',
    ],
    [
      'en',
      'involuntary-returns-caricom-2018',
      '4,323 returns (involuntary returns registered, Caribbean (CARICOM member states), 2018), according to IOM (2020); coverage: Registered in seven Caribbean countries, not named.',
    ],
    [
      'es',
      'smuggling-profits-world-2016',
      '5,5-7 mil millones US$ (ganancias del tráfico ilícito de migrantes, Mundo, 2016; un intervalo, no un valor único), según Estudio Mundial de la UNODC, citado como «el Estudio Mundial de nuestra Oficina», citado por IOM (sin fecha); la fuente no indica qué lugares abarca la cifra.',
    ],
  ] as const)('%s: %s', (lang, id, expected) => {
    const { descriptions, t } = describeBuiltIn(lang)
    expect(buildQuotableSentence(byId(descriptions, id), t)).toBe(expected)
  })

  it('shortens a publisher to the acronym it gives', () => {
    expect(shortPublisher('International Organization for Migration (IOM)')).toBe('IOM')
    expect(shortPublisher('Test Ministry of the Interior')).toBe('Test Ministry of the Interior')
  })
})
