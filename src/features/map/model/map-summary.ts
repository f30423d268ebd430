// The map in words: its text alternative, and the lines the exported image and a screen reader
// get. Read from the same model as the drawing.
import type { Translate } from '@/domain/translate'
import type { CountryMark, MapModel } from '@/features/map/model/map-model'
import { compareEstimates } from '@/domain/format-estimate'

function named(mark: CountryMark): string {
  return `${mark.name}, ${mark.description.valueWithUnit}`
}

/**
 * "8 countries have a figure of their own for 2020; highest: Dominican Republic, 1,904 returns;
 * lowest: Saint Lucia, 35 returns." and, for each region, its figure, its outline and its coverage;
 * for each world figure, that it is not broken down by country.
 */
export function summarizeMap(model: MapModel, t: Translate): string {
  const sentences: string[] = []
  const ranked = [...model.countries].sort((a, b) =>
    compareEstimates(b.description.figure.estimate, a.description.figure.estimate),
  )
  const [highest] = ranked
  const lowest = ranked[ranked.length - 1]
  if (highest && lowest && ranked.length > 1)
    sentences.push(
      t('map.summary.countries', {
        count: ranked.length,
        period: model.period,
        highest: named(highest),
        lowest: named(lowest),
      }),
    )
  else if (highest)
    sentences.push(t('map.summary.one', { period: model.period, figure: named(highest) }))
  else if (model.world.length === 0 || model.regions.length > 0)
    sentences.push(t('map.summary.none', { period: model.period }))
  for (const region of model.regions)
    sentences.push(
      t('map.summary.region', {
        region: region.name,
        value: region.description.valueWithUnit,
        total: region.members.length,
      }),
      region.coverage,
    )
  sentences.push(...model.world)
  if (model.otherUnits.length > 0)
    sentences.push(
      t('map.otherUnits', {
        count: model.otherUnits.length,
        places: model.otherUnits.map((d) => d.placeName.text).join(', '),
      }),
    )
  return sentences.join(' ')
}
