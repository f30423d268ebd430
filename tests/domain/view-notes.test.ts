// Notes of the view under a country filter, decided from the data: membership, whether the
// figure counts the country (named reporting units: yes or no; unnamed: not known), and the
// country's own figure where the data holds one. A note never claims what the data does not say
// ("the figure for Jamaica alone is not reported" when it is): no case below produces one.
import { builtInDataset } from '@mocks/fixtures'
import { describeFigure } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import type { DatasetIndex } from '@/domain/dataset-index'
import { viewNotesFor } from '@/domain/view-notes'
import { translatorFor } from '@/lib/i18n'
import { MULTI_COUNTRY, NATIONAL_SERIES, indexWithFixtures } from '@mocks/imports/load-imports'

const t = translatorFor('en')
const CARICOM_FIGURE = 'involuntary-returns-caricom-2018'

/** The built-in data with the regional 4,323 naming its reporting units (a test variant). */
function builtInNaming(units: string[]) {
  const data = builtInDataset()
  const figures = data.figures as unknown as { id: string; coverage: Record<string, unknown> }[]
  const figure = figures.find((f) => f.id === CARICOM_FIGURE)!
  figure.coverage = { ...figure.coverage, reportingUnits: units, reportingUnitCount: units.length }
  return data
}

function notesOf(index: DatasetIndex, selection: string[], lang: 'en' | 'es' = 'en') {
  const match = matchFiguresToSelection(index, index.figures, selection).find(
    (m) => m.figure.id === CARICOM_FIGURE,
  )!
  return describeFigure(match, index, lang, translatorFor(lang), viewNotesFor)
}

describe('viewNotesFor: the regional 4,323 under a Jamaica filter', () => {
  it.each([
    [
      'not named (the built-in data)',
      builtInDataset(),
      'Which countries reported is not stated, so whether Jamaica is included is not known.',
    ],
    [
      'named, Jamaica among them',
      builtInNaming(['BRB', 'GUY', 'JAM', 'TTO']),
      'The source names the reporting countries, Jamaica among them: the figure includes Jamaica’s count.',
    ],
    [
      'named, Jamaica not among them',
      builtInNaming(['BRB', 'GUY', 'TTO']),
      'The source names the reporting countries, not Jamaica: the figure does not include Jamaica’s count.',
    ],
  ])('reporting units %s', (_case, data, inclusion) => {
    const { index } = indexWithFixtures([], data)
    const d = notesOf(index, ['JAM'])
    expect(d.viewNotes.map((n) => n.text)).toEqual([
      'Shown because Caribbean (CARICOM member states) includes Jamaica (membership as recorded in the data).',
      inclusion,
      'The data holds no figure for Jamaica alone for this indicator.',
    ])
    // Kept apart: no caveat of the figure speaks of the selected country.
    expect(d.caveats.map((c) => c.text).join(' ')).not.toMatch(/Jamaica/)
    expect(JSON.stringify(d)).not.toMatch(/Jamaica alone is not reported/)
  })

  it('points to Jamaica’s own imported figure for the same year instead of calling it unreported', () => {
    const { index } = indexWithFixtures([NATIONAL_SERIES, MULTI_COUNTRY])
    const d = notesOf(index, ['JAM'])
    expect(d.viewNotes.map((n) => [n.kind, n.text])).toEqual([
      [
        'membership',
        'Shown because Caribbean (CARICOM member states) includes Jamaica (membership as recorded in the data).',
      ],
      [
        'inclusion',
        'Which countries reported is not stated, so whether Jamaica is included is not known.',
      ],
      [
        'own-figure',
        'Jamaica’s own figure for 2018 is in the data: 1,183 returns (imported from jamaica-deportees-2016-2022.csv).',
      ],
    ])
    expect(JSON.stringify(d)).not.toMatch(/not reported|no figure for Jamaica/)
  })

  it('says in Spanish that it is not known whether Jamaica is included, and points to its own figure', () => {
    const { index } = indexWithFixtures([NATIONAL_SERIES])
    expect(notesOf(index, ['JAM'], 'es').viewNotes.map((n) => n.text)).toEqual([
      'Se muestra porque Caribe (Estados miembros de la CARICOM) incluye a Jamaica (miembros según los datos).',
      'No se indica qué países informaron, así que no se sabe si Jamaica está entre ellos.',
      'La cifra propia de Jamaica para 2018 está en los datos: 1183 retornos (importada de jamaica-deportees-2016-2022.csv).',
    ])
  })

  it('names the years of the country’s own figures when none is of the aggregate’s year', () => {
    const { index } = indexWithFixtures([MULTI_COUNTRY])
    // Barbados has a 2020 removals figure, which is another indicator: no own figure for returns.
    expect(notesOf(index, ['BRB']).viewNotes[2]!.text).toBe(
      'The data holds no figure for Barbados alone for this indicator.',
    )
    const { index: withSeries } = indexWithFixtures([NATIONAL_SERIES])
    const series = withSeries.figures.filter((f) => f.geographyCode !== 'JAM' || f.year !== 2018)
    const without2018 = { ...withSeries, figures: series }
    expect(notesOf(without2018, ['JAM']).viewNotes[2]!.text).toBe(
      'The data holds Jamaica’s own figures for this indicator for 2016, 2017, 2019, 2020, 2021, 2022.',
    )
  })

  it('gives a place’s own figures no notes of the view', () => {
    const { index } = indexWithFixtures([NATIONAL_SERIES])
    const own = matchFiguresToSelection(index, index.figures, ['JAM']).filter(
      (m) => m.kind === 'own',
    )
    expect(own).toHaveLength(7)
    expect(
      own.every((m) => describeFigure(m, index, 'en', t, viewNotesFor).viewNotes.length === 0),
    ).toBe(true)
  })
})
