// Publishing: the dashboard's combined data (built-in plus imports) as a dataset file in the
// data contract's schema (public/data/v1/dataset.json), to review, check with `npm run
// data:check` and serve as an organisation's shared data (README, "Publishing your figures").
import type { Dataset, Figure } from '@/domain/dataset-schema'
import type { DatasetIndex } from '@/domain/dataset-index'

/** The combined dataset; published figures are the organisation's, so they carry no "imported" origin. */
export function buildPublishedDataset(index: DatasetIndex, publishedOn: Date): Dataset {
  const day = publishedOn.toISOString().slice(0, 10).replaceAll('-', '')
  const figures: Figure[] = index.figures.map(({ origin: _origin, ...figure }) => figure)
  return { ...index.dataset, datasetVersion: `${index.dataset.datasetVersion}+${day}`, figures }
}
