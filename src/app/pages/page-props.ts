import type { DatasetIndex } from '@/domain/dataset-index'

/** What every page gets from the shell: the dataset's index (built-in figures and imports). */
export interface PageProps {
  index: DatasetIndex
}
