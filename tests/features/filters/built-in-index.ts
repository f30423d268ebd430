// The built-in dataset (public/data/v1/dataset.json, via mocks/fixtures.ts) as the app indexes it.
import { builtInDataset } from '@mocks/fixtures'
import { indexDataset, type DatasetIndex } from '@/domain/dataset-index'
import { parseDataset } from '@/domain/validate-dataset'
import { translatorFor } from '@/lib/i18n'

export function builtInIndex(): DatasetIndex {
  const parsed = parseDataset(builtInDataset())
  if (!parsed.ok) throw new Error('the built-in dataset does not parse')
  return indexDataset(parsed.data)
}

export const tEn = translatorFor('en')
export const tEs = translatorFor('es')
