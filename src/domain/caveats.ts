// Where a figure's caveats are decided: the ones stored with it and the explicit "none stated".
// What arises from how it is shown (an aggregate under a country filter) is a note of the view,
// not a caveat: see view-notes.ts.
import type { CaveatType } from '@/domain/dataset-schema'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { FigureMatch } from '@/domain/geography'
import { markedText, pickText, type Language, type Translate } from '@/domain/translate'

/** A caveat ready to show or export. `fallbackLang` is set when shown in the other language. */
export interface DisplayCaveat {
  type: CaveatType | 'none-stated'
  text: string
  fallbackLang?: Language
}

function placeName(index: DatasetIndex, code: string, lang: Language): string {
  const geo = index.geographies.get(code)
  return geo ? pickText(geo.name, lang).text : code
}

/** Names joined as the language does it: "Jamaica and Barbados", "Jamaica y Barbados". */
export function joinNames(names: string[], lang: Language): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(names)
}

/** The figure's coverage in one sentence ("Registered in seven Caribbean countries, not named."). */
export function formatCoverage(
  match: Pick<FigureMatch, 'figure'>,
  index: DatasetIndex,
  lang: Language,
  t: Translate,
): string {
  const { coverage } = match.figure
  if (coverage.statement) {
    const text = markedText(pickText(coverage.statement, lang))
    return coverage.status === 'not-stated' ? `${t('coverage.notStated')} ${text}` : text
  }
  if (coverage.status === 'not-stated') return t('coverage.notStated')
  const named = coverage.reportingUnits?.map((code) => placeName(index, code, lang))
  if (named && named.length > 0)
    return t('coverage.named', { count: named.length, names: joinNames(named, lang) })
  if (coverage.reportingUnitCount !== null)
    return t('coverage.countOnly', { count: coverage.reportingUnitCount })
  return t('coverage.notStated')
}

/** Every caveat that must travel with the figure, in display order. */
export function caveatsForDisplay(
  match: Pick<FigureMatch, 'figure'>,
  lang: Language,
  t: Translate,
): DisplayCaveat[] {
  const caveats: DisplayCaveat[] = []
  for (const caveat of match.figure.caveats) {
    const picked = pickText(caveat.text, lang)
    caveats.push({
      type: caveat.type,
      text: picked.text,
      ...(picked.fallback ? { fallbackLang: picked.lang } : {}),
    })
  }
  if (match.figure.caveats.length === 0) {
    caveats.push({ type: 'none-stated', text: t('caveat.noneStated') })
  }
  return caveats
}
