import { useMemo } from 'react'
import { useDataset } from '@/features/dataset/api/get-dataset'
import { useImports } from '@/features/import/api/get-imports'
import { emptyDataset, indexWithImports } from '@/features/import/model/merge-imports'
import type { DatasetIndex } from '@/domain/dataset-index'

/**
 * The loaded dataset's lookup tables, with the imported datasets merged in (undefined while
 * nothing has loaded yet). It waits for the saved imports so that a link naming an imported
 * place or indicator works on first paint; if the built-in data fails but imports exist, the
 * imported figures are still shown.
 */
export function useDatasetIndex(): {
  index: DatasetIndex | undefined
  query: ReturnType<typeof useDataset>
} {
  const query = useDataset()
  const imports = useImports()
  const dataset = query.data?.dataset
  const stored = imports.data?.imports
  const waitingForImports = imports.isPending
  const index = useMemo(() => {
    if (waitingForImports) return undefined
    if (dataset) return indexWithImports(dataset, stored ?? [])
    if (stored && stored.length > 0) return indexWithImports(emptyDataset, stored)
    return undefined
  }, [dataset, stored, waitingForImports])
  return { index, query }
}
