// The coverage sentence counts its reporting units the way each language does: one country is
// "1 reporting country" / "1 país informante", never "1 reporting countries".
import { builtInDataset } from '@mocks/fixtures'
import { formatCoverage } from '@/domain/caveats'
import { translatorFor } from '@/lib/i18n'
import { indexWithFixtures } from '@mocks/imports/load-imports'

function coverageWith(units: string[] | null, count: number, lang: 'en' | 'es') {
  const { index } = indexWithFixtures([], builtInDataset())
  const figure = index.figures.find((f) => f.id === 'involuntary-returns-caricom-2018')!
  const coverage = {
    ...figure.coverage,
    statement: undefined,
    reportingUnits: units,
    reportingUnitCount: count,
  }
  return formatCoverage({ figure: { ...figure, coverage } }, index, lang, translatorFor(lang))
}

describe('formatCoverage: how many units reported', () => {
  it.each([
    [['JAM'], 1, 'en', '1 reporting country: Jamaica.'],
    [['JAM', 'BRB'], 2, 'en', '2 reporting countries: Jamaica and Barbados.'],
    [null, 1, 'en', '1 reporting country, not named.'],
    [null, 7, 'en', '7 reporting countries, not named.'],
    [['JAM'], 1, 'es', '1 país informante: Jamaica.'],
    [null, 1, 'es', '1 país informante, no nombrado.'],
    [null, 7, 'es', '7 países informantes, no nombrados.'],
  ] as const)('%j, %i (%s)', (units, count, lang, expected) => {
    expect(coverageWith(units ? [...units] : null, count, lang)).toBe(expected)
  })
})
