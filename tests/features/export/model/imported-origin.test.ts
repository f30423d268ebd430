// Issue 11, failure 2: an imported figure says so, with its file and import date, inside every
// export built from the view: CSV, the Excel sheets, the image caption (PNG and SVG share it),
// the SVG's text and the citation, which lists the user's sources apart from the documents.
import Papa from 'papaparse'
import { describeFigure } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import { viewNotesFor } from '@/domain/view-notes'
import type { Language } from '@/domain/translate'
import { buildCitation } from '@/features/export/model/citation'
import { buildDisplayedCsv } from '@/features/export/model/csv'
import { buildImageCaption } from '@/features/export/model/image-caption'
import { buildSvgDocument } from '@/features/export/model/svg-document'
import { buildFiguresWorkbook } from '@/features/export/model/xlsx-workbook'
import { translatorFor } from '@/lib/i18n'
import { MULTI_COUNTRY, NATIONAL_SERIES, indexWithFixtures } from '@mocks/imports/load-imports'
import { LINK, NOW } from '../export-fixtures'

const ORIGIN = {
  en: 'Imported from jamaica-deportees-2016-2022.csv on November 29, 2026',
  es: 'Importada de jamaica-deportees-2016-2022.csv el 29 de noviembre de 2026',
}

function returnsView(lang: Language) {
  const t = translatorFor(lang)
  const { index } = indexWithFixtures([NATIONAL_SERIES, MULTI_COUNTRY])
  const document = index.documents.get('iom-2020-caribbean-returnees')!.title[lang]!
  const descriptions = matchFiguresToSelection(index, index.figures, ['JAM'])
    .filter((m) => m.figure.indicatorId === 'involuntary-returns')
    .map((m) => describeFigure(m, index, lang, t, viewNotesFor))
  const input = {
    title: 'Returns',
    subtitle: 'Jamaica',
    descriptions,
    link: LINK,
    now: NOW,
    lang,
    t,
  }
  return { t, descriptions, input, document }
}

describe.each(['en', 'es'] as const)('imported figures in every export (%s)', (lang) => {
  const { t, descriptions, input, document } = returnsView(lang)

  it('the CSV has an origin column: built-in for the 4,323, the file and date for each imported figure', () => {
    const rows = Papa.parse<Record<string, string>>(
      buildDisplayedCsv(descriptions, t, '1.0.0').slice(1),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data
    const origin = lang === 'en' ? 'origin' : 'origen'
    const code = lang === 'en' ? 'geography code' : 'código geográfico'
    expect(rows).toHaveLength(8)
    expect(rows.find((r) => r[code] === 'CARICOM')![origin]).toBe(
      lang === 'en' ? 'built-in' : 'incorporada',
    )
    expect(rows.filter((r) => r[code] === 'JAM').map((r) => r[origin])).toEqual(
      Array(7).fill(ORIGIN[lang]),
    )
  })

  it('the Excel data sheet has the origin column, and the notes sheet an origin row per imported figure', () => {
    const [data, notes] = buildFiguresWorkbook(input)
    const header = data!.rows[0]!
    const at = header.indexOf(lang === 'en' ? 'origin' : 'origen')
    expect(data!.rows.slice(1).filter((r) => r[at] === ORIGIN[lang])).toHaveLength(7)
    expect(
      notes!.rows.filter(
        (r) => r[1] === (lang === 'en' ? 'Origin' : 'Origen') && r[2] === ORIGIN[lang],
      ),
    ).toHaveLength(7)
  })

  it('the image caption (PNG and SVG) and the SVG text say which figures are imported, from which file', () => {
    const caption = buildImageCaption(input)
    expect(caption.origins).toEqual([
      {
        lead: lang === 'en' ? 'Origin:' : 'Origen:',
        text: expect.stringContaining(ORIGIN[lang]) as string,
      },
    ])
    expect(
      caption.figures.filter((f) =>
        f.text.includes(lang === 'en' ? '; imported)' : '; importada)'),
      ),
    ).toHaveLength(7)
    const { svg } = buildSvgDocument({ caption, body: { kind: 'text' }, lang })
    const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(words).toContain(
      lang === 'en'
        ? 'Imported from jamaica-deportees-2016-2022.csv'
        : 'Importada de jamaica-deportees-2016-2022.csv',
    )
  })

  it('the citation lists the built-in document first and the imported sources apart, each with its origin', () => {
    const citation = buildCitation(input)
    const apart =
      lang === 'en'
        ? 'Figures added by the user (imported, not from the built-in documents):'
        : 'Cifras añadidas por el usuario (importadas, no de los documentos incorporados):'
    expect(citation.indexOf(document)).toBeGreaterThan(-1)
    expect(citation.indexOf(apart)).toBeGreaterThan(citation.indexOf(document))
    expect(citation.slice(citation.indexOf(apart))).toContain(
      `Test register of deported persons received 2016`,
    )
    expect(citation).toContain(`[${ORIGIN[lang]}.]`)
  })
})
