// The places a person can pick, from the data only: names in the interface language, and for a
// country the regions whose recorded membership lists it (never assumed from geography).
import type { DatasetIndex } from '@/domain/dataset-index'
import { pickText, type Language } from '@/domain/translate'
import { coversCountry } from '@/domain/geography'
import { foldText } from '@/domain/fold-text'

export interface PlaceOption {
  code: string
  level: 'world' | 'region' | 'country'
  name: string
  /** Codes of the regions whose membership list includes this country. */
  memberOf: string[]
  /** Lower-case, accent-free text a search matches against: names in both languages, codes, regions. */
  searchText: string
}

export interface PlaceGroup {
  id: 'areas' | 'countries'
  options: PlaceOption[]
}

const levelOrder = { world: 0, region: 1, country: 2 } as const

export function buildPlaceOptions(index: DatasetIndex, lang: Language): PlaceOption[] {
  const geographies = [...index.geographies.values()]
  const regions = geographies.filter((g) => g.level === 'region')
  const options = geographies.map((g): PlaceOption => {
    const memberOf =
      g.level === 'country'
        ? regions.filter((r) => coversCountry(r, g.code)).map((r) => r.code)
        : []
    const regionWords = memberOf.flatMap((code) => {
      const region = index.geographies.get(code)
      return [code, region?.name.en ?? '', region?.name.es ?? '']
    })
    return {
      code: g.code,
      level: g.level,
      name: pickText(g.name, lang).text,
      memberOf,
      searchText: foldText(
        [g.code, g.name.en ?? '', g.name.es ?? '', g.definedBy ?? '', ...regionWords].join(' '),
      ),
    }
  })
  const collator = new Intl.Collator(lang)
  return options.sort(
    (a, b) => levelOrder[a.level] - levelOrder[b.level] || collator.compare(a.name, b.name),
  )
}

/** Options whose text contains every word of the query; an empty query keeps them all. */
export function searchPlaceOptions(options: PlaceOption[], query: string): PlaceOption[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return options
  return options.filter((o) => words.every((w) => o.searchText.includes(w)))
}

/** World and regions first, then countries; empty groups are left out. */
export function groupPlaceOptions(options: PlaceOption[]): PlaceGroup[] {
  const groups: PlaceGroup[] = [
    { id: 'areas', options: options.filter((o) => o.level !== 'country') },
    { id: 'countries', options: options.filter((o) => o.level === 'country') },
  ]
  return groups.filter((g) => g.options.length > 0)
}
