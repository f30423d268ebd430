// Which indicators rely on a definition, so the definitions view can say where each term matters.
import type { DatasetIndex } from '@/domain/dataset-index'
import type { Indicator } from '@/domain/dataset-schema'

/** Indicators whose `definitionIds` name the definition, in the dataset's order. */
export function indicatorsUsingDefinition(index: DatasetIndex, definitionId: string): Indicator[] {
  return index.dataset.indicators.filter((indicator) =>
    indicator.definitionIds.includes(definitionId),
  )
}
