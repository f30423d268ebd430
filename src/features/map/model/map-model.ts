// What a map of one period shows, decided apart from any drawing: each country's own figure in a
// class, each regional figure as the outline of its members with its coverage in words, each
// world figure as a statement that it is not broken down by country. The drawing, the key, the
// table and the text alternative all read this model.
import type { Geography } from '@/domain/dataset-schema'
import type { FigureDescription } from '@/domain/figure-description'
import type { Language, Translate } from '@/domain/translate'
import { pickText } from '@/domain/translate'
import {
  buildClasses,
  classify,
  classValues,
  type MapClass,
} from '@/features/map/model/map-classes'

/** A country with a figure of its own in the period. */
export interface CountryMark {
  code: string
  name: string
  /** The figure it is shaded by (the first in the view's order). */
  description: FigureDescription
  /** Further figures of the same place and period, listed in the table, not shaded. */
  others: number
  classIndex: number
  mayBeHigher: boolean
  mayBeLower: boolean
  /** What a screen reader announces: name, value with kind, period, caveat count. */
  label: string
}

/** A regional figure, drawn as the outline of its members. */
export interface RegionMark {
  code: string
  name: string
  description: FigureDescription
  members: string[]
  /** Members the source names as reporting; only these may be shown as reporters. */
  reporters: string[]
  /** "Registered in seven of the 15 CARICOM member states; which ones is not stated." */
  coverage: string
}

/** A member of an outlined region that has no figure of its own in the period. */
export interface MemberMark {
  code: string
  name: string
  label: string
}

export interface MapModel {
  classes: MapClass[]
  /** The unit the classes count, as the legend writes it ("returns"). */
  unitLabel: string
  period: string
  countries: CountryMark[]
  regions: RegionMark[]
  members: MemberMark[]
  /** World figures: "World, 2016: at least 2.5 million people: not broken down by country." */
  world: string[]
  /** Country figures left unshaded because their unit differs from the classes'. */
  otherUnits: FigureDescription[]
  /** The places the map is framed on; empty when only the world is shown. */
  frame: string[]
}

type Geographies = ReadonlyMap<string, Geography>

function nameOf(code: string, geographies: Geographies, lang: Language): string {
  const geography = geographies.get(code)
  return geography ? pickText(geography.name, lang).text : code
}

function describeCountry(d: FigureDescription, others: number, t: Translate): string {
  const parts = [
    t('map.mark.country', {
      place: d.placeName.text,
      value: d.valueWithUnit,
      kind: d.estimateKindLabel,
      period: d.period,
      count: d.figure.caveats.length,
    }),
  ]
  if (d.imported) parts.push(t('map.mark.imported', { origin: d.imported.label }))
  if (others > 0) parts.push(t('map.mark.others', { count: others }))
  return parts.join(' ')
}

function regionCoverage(region: Geography, d: FigureDescription, t: Translate): string {
  const { coverage } = d.figure
  const total = region.members?.length ?? 0
  const body = region.definedBy ?? region.code
  const countsCountries = (coverage.reportingUnitType ?? 'country') === 'country'
  if (coverage.reportingUnits && coverage.reportingUnits.length > 0)
    return t('map.coverage.named', { count: coverage.reportingUnits.length, total, body })
  if (countsCountries && coverage.reportingUnitCount !== null)
    return t('map.coverage.countOnly', { count: coverage.reportingUnitCount, total, body })
  return t('map.coverage.notStated', { total, body })
}

/** What each outlined region's figure says of a member: named as reporting, not named, or not stated. */
function memberRoles(name: string, code: string, regions: RegionMark[], t: Translate): string[] {
  return regions
    .filter((r) => r.members.includes(code))
    .map((r) =>
      t(
        r.reporters.includes(code)
          ? 'map.mark.memberNamed'
          : r.reporters.length > 0
            ? 'map.mark.memberNotNamed'
            : 'map.mark.memberUnknown',
        { region: r.name, value: r.description.valueWithUnit, place: name },
      ),
    )
}

/**
 * The map of one period's figures. `descriptions` are the figures of that period in the view's
 * order; membership comes from the geographies (data), never from a figure's place name.
 */
export function buildMapModel(
  descriptions: readonly FigureDescription[],
  geographies: Geographies,
  period: string,
  lang: Language,
  t: Translate,
): MapModel {
  const own = descriptions.filter((d) => d.placeLevel === 'country')
  const unit = own[0] ? `${own[0].figure.unit}|${own[0].figure.currency ?? ''}` : null
  const sameUnit = own.filter((d) => `${d.figure.unit}|${d.figure.currency ?? ''}` === unit)
  const classes = buildClasses(sameUnit.flatMap((d) => classValues(d.figure.estimate)))

  const byPlace = new Map<string, FigureDescription[]>()
  for (const d of sameUnit) {
    const list = byPlace.get(d.figure.geographyCode) ?? []
    list.push(d)
    byPlace.set(d.figure.geographyCode, list)
  }
  const countries = [...byPlace].map(([code, [first, ...rest]]): CountryMark => {
    const d = first!
    return {
      code,
      name: d.placeName.text,
      description: d,
      others: rest.length,
      ...classify(d.figure.estimate, classes),
      label: describeCountry(d, rest.length, t),
    }
  })

  const regions: RegionMark[] = []
  for (const d of descriptions) {
    const region = geographies.get(d.figure.geographyCode)
    if (d.placeLevel !== 'region' || !region || regions.some((r) => r.code === region.code))
      continue
    const members = region.members ?? []
    regions.push({
      code: region.code,
      name: d.placeName.text,
      description: d,
      members,
      reporters: (d.figure.coverage.reportingUnits ?? []).filter((c) => members.includes(c)),
      coverage: regionCoverage(region, d, t),
    })
  }

  // A member with a figure of its own is announced by it, then by what the region's figure says.
  for (const country of countries)
    country.label = [country.label, ...memberRoles(country.name, country.code, regions, t)].join(
      ' ',
    )
  const members = [...new Set(regions.flatMap((r) => r.members))]
    .filter((code) => !byPlace.has(code))
    .map((code) => {
      const name = nameOf(code, geographies, lang)
      const label = [
        t('map.mark.noOwn', { place: name, period }),
        ...memberRoles(name, code, regions, t),
      ]
      return { code, name, label: label.join(' ') }
    })

  const world = descriptions
    .filter((d) => d.placeLevel === 'world')
    .map((d) =>
      t('map.world', { place: d.placeName.text, period: d.period, value: d.valueWithUnit }),
    )

  return {
    classes,
    unitLabel: own[0]?.unitLabel ?? descriptions[0]?.unitLabel ?? '',
    period,
    countries,
    regions,
    members,
    world,
    otherUnits: own.filter((d) => !sameUnit.includes(d)),
    frame: [...byPlace.keys(), ...regions.flatMap((r) => r.members)],
  }
}
