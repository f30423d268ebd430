// Issue 11, failure 1: a CSV exported under a country filter and imported again must not turn the
// notes of the view ("Shown because … includes Jamaica") into a caveat of the figure, in either
// language, whatever the CSV holds in its notes column.
import { describeFigure } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import { viewNotesFor } from '@/domain/view-notes'
import { buildDisplayedCsv } from '@/features/export/model/csv'
import { indexWithImports } from '@/features/import/model/merge-imports'
import { toStoredImport } from '@/features/import/model/stored-import'
import { translatorFor } from '@/lib/i18n'
import { analyseText, builtInContext } from '../helpers'
import { NATIONAL_SERIES, indexWithFixtures } from '@mocks/imports/load-imports'

describe.each(['en', 'es'] as const)('export under a Jamaica filter, then import (%s)', (lang) => {
  const t = translatorFor(lang)
  const { index, imports } = indexWithFixtures([NATIONAL_SERIES])
  const shown = matchFiguresToSelection(index, index.figures, ['JAM']).map((m) =>
    describeFigure(m, index, lang, t, viewNotesFor),
  )
  const csv = buildDisplayedCsv(shown, t, '1.0.0')
  const notes = shown.flatMap((d) => d.viewNotes.map((n) => n.text))

  it('writes the notes of the view into the file, in their own column', () => {
    expect(notes).toHaveLength(9) // three for each aggregate: two world figures and the regional one
    for (const note of notes) expect(csv).toContain(note)
  })

  it('imports the file back with the figures’ own caveats only', () => {
    const analysis = analyseText(
      csv,
      'exported-jamaica.csv',
      builtInContext(
        imports.map((i) => i.records),
        index,
      ),
    )
    expect(analysis.summary.issues).toEqual([])
    const stored = toStoredImport(analysis, 'again', new Date('2026-11-29T12:00:00Z'))
    const after = indexWithImports(index.dataset, [...imports, stored])
    const again = after.figures.filter(
      (f) => f.origin.kind === 'imported' && f.origin.importId === 'again',
    )
    expect(again).toHaveLength(10)
    const caveatTexts = again.flatMap((f) =>
      f.caveats.flatMap((c) => [c.text.en ?? '', c.text.es ?? '']),
    )
    for (const note of notes) expect(caveatTexts).not.toContain(note)
    expect(caveatTexts.join(' ')).not.toMatch(
      /Shown because|Se muestra porque|whether Jamaica|si Jamaica|own figure|cifra propia/,
    )
    const regional = again.find((f) => f.geographyCode === 'CARICOM')!
    const builtIn = index.figures.find((f) => f.id === 'involuntary-returns-caricom-2018')!
    expect(regional.caveats.map((c) => c.type)).toEqual(builtIn.caveats.map((c) => c.type))
  })
})
