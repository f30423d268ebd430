import { useMemo } from 'react'
import { useDataset } from '@/features/dataset/api/get-dataset'
import { indexDataset, type DatasetIndex } from '@/domain/dataset-index'

/** The loaded dataset's lookup tables (undefined while nothing has loaded yet). */
export function useDatasetIndex(): { index: DatasetIndex | undefined; query: ReturnType<typeof useDataset> } {
  const query = useDataset()
  const dataset = query.data?.dataset
  const index = useMemo(() => (dataset ? indexDataset(dataset) : undefined), [dataset])
  return { index, query }
}
