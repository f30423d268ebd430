// Notes of the view: why a regional or world figure is shown under a country filter, and what the
// data says about that country and the figure. They belong to the view, never to the figure, so
// they are kept apart from its caveats in every output (screen, image, CSV, XLSX) and no export
// and re-import can turn them into a caveat. Every sentence is decided from the data:
// membership from the region's record, inclusion from the named reporting units, and the
// country's own figure from the figures loaded (built-in or imported).
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import type { FigureMatch } from '@/domain/geography'
import { formatEstimateWithUnit } from '@/domain/format-estimate'
import { pickText, type Language, type Translate } from '@/domain/translate'

/** What a view note says: why it is shown, whether it counts the country, its own figure. */
export type ViewNoteKind = 'membership' | 'inclusion' | 'own-figure'

/** One sentence about a figure as this view shows it (not a caveat of the figure). */
export interface ViewNote {
  kind: ViewNoteKind
  text: string
}

/** Whether an aggregate's figure counts a country, from the reporting units its source names. */
export type Inclusion = 'included' | 'excluded' | 'unknown'

export function inclusionOf(figure: DatasetFigure, countryCode: string): Inclusion {
  const named = figure.coverage.reportingUnits
  if (!named || named.length === 0) return 'unknown'
  return named.includes(countryCode) ? 'included' : 'excluded'
}

// Per loaded index, the figures of each indicator and place: built once, on the first aggregate
// shown under a country filter, so an import of 100,000 figures is not scanned per figure.
const ownFigures = new WeakMap<DatasetIndex, Map<string, DatasetFigure[]>>()

/** The figures the data holds for one place and one indicator, in dataset order. */
export function figuresOfPlace(
  index: DatasetIndex,
  indicatorId: string,
  code: string,
): DatasetFigure[] {
  let byKey = ownFigures.get(index)
  if (!byKey) {
    byKey = new Map()
    for (const f of index.figures) {
      const key = `${f.indicatorId}\u0000${f.geographyCode}`
      const list = byKey.get(key)
      if (list) list.push(f)
      else byKey.set(key, [f])
    }
    ownFigures.set(index, byKey)
  }
  return byKey.get(`${indicatorId}\u0000${code}`) ?? []
}

function nameOf(index: DatasetIndex, code: string, lang: Language): string {
  const geo = index.geographies.get(code)
  return geo ? pickText(geo.name, lang).text : code
}

function ownFigureNote(
  figure: DatasetFigure,
  country: string,
  code: string,
  index: DatasetIndex,
  lang: Language,
  t: Translate,
): ViewNote {
  const own = figuresOfPlace(index, figure.indicatorId, code)
  const sameYear = own.filter((f) => f.year === figure.year)
  // Built-in before imported, then the order of the data: never by name.
  const pointed = sameYear.find((f) => f.origin.kind === 'built-in') ?? sameYear[0]
  if (pointed) {
    const value = formatEstimateWithUnit(pointed, lang, t)
    const text =
      pointed.origin.kind === 'imported'
        ? t('viewNote.ownFigureImported', {
            country,
            year: pointed.year,
            value,
            file: pointed.origin.fileName,
          })
        : t('viewNote.ownFigure', { country, year: pointed.year, value })
    return { kind: 'own-figure', text }
  }
  if (own.length > 0) {
    const years = [...new Set(own.map((f) => f.year))].sort((a, b) => a - b).join(', ')
    return { kind: 'own-figure', text: t('viewNote.ownFiguresOtherYears', { country, years }) }
  }
  return { kind: 'own-figure', text: t('viewNote.noOwnFigure', { country }) }
}

/**
 * The notes of the view for one matched figure: none for a place's own figure; for an aggregate
 * shown because it covers selected countries, three sentences per country.
 */
export function viewNotesFor(
  match: FigureMatch,
  index: DatasetIndex,
  lang: Language,
  t: Translate,
): ViewNote[] {
  if (match.kind !== 'aggregate') return []
  const { figure } = match
  const area = nameOf(index, figure.geographyCode, lang)
  const notes: ViewNote[] = []
  for (const code of match.coveredSelection) {
    const country = nameOf(index, code, lang)
    const level = index.geographies.get(figure.geographyCode)?.level
    notes.push({
      kind: 'membership',
      text:
        level === 'world'
          ? t('viewNote.world', { country })
          : t('viewNote.membership', { area, country }),
    })
    notes.push({
      kind: 'inclusion',
      text: t(`viewNote.inclusion.${inclusionOf(figure, code)}`, { country }),
    })
    notes.push(ownFigureNote(figure, country, code, index, lang, t))
  }
  return notes
}
