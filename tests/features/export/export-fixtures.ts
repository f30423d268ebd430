// Descriptions of the built-in figures (public/data/v1/dataset.json, via @mocks/fixtures), in
// either language, as the screens build them; plus a copy with hostile text for the safety rules.
import { builtInDataset } from '@mocks/fixtures'
import { indexDataset } from '@/domain/dataset-index'
import { describeFigure, type FigureDescription } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import { viewNotesFor } from '@/domain/view-notes'
import type { Language } from '@/domain/translate'
import { parseDataset } from '@/domain/validate-dataset'
import { translatorFor } from '@/lib/i18n'

/** A fixed clock: 27 November 2026, mid-afternoon local time. */
export const NOW = new Date(2026, 10, 27, 15, 30)
export const LINK = 'https://stats.example.org/?view=indicator&indicator=migrants-smuggled'

export function describeDataset(dataset: unknown, lang: Language, selection: string[] = []) {
  const parsed = parseDataset(dataset)
  if (!parsed.ok) throw new Error('fixture dataset does not parse')
  const index = indexDataset(parsed.data)
  const t = translatorFor(lang)
  const descriptions: FigureDescription[] = matchFiguresToSelection(
    index,
    index.figures,
    selection,
  ).map((m) => describeFigure(m, index, lang, t, viewNotesFor))
  return { index, t, descriptions }
}

export function describeBuiltIn(lang: Language, selection: string[] = []) {
  return describeDataset(builtInDataset(), lang, selection)
}

export function byId(descriptions: FigureDescription[], id: string): FigureDescription {
  const found = descriptions.find((d) => d.figure.id === id)
  if (!found) throw new Error(`no figure ${id}`)
  return found
}

/** The built-in data with one caveat, the coverage and the publisher starting with `text`. */
export function datasetStartingWith(text: string) {
  const data = builtInDataset()
  const figure = data.figures[0]!
  figure.caveats[0]!.text = { en: `${text}1+1 caveat`, es: `${text}1+1 advertencia` }
  figure.coverage.status = 'stated'
  figure.coverage.statement = { en: `${text}SUM(A1) coverage`, es: `${text}SUM(A1) cobertura` }
  data.documents[0]!.publisher = `${text}cmd|' /C calc'!A0`
  return data
}

export const FORMULA_STARTS = [
  ['=', '='],
  ['+', '+'],
  ['-', '-'],
  ['@', '@'],
  ['tab', '\t'],
  ['carriage return', '\r'],
] as const
