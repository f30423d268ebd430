// The import fixtures of this folder (README.md) analysed by the real importer and merged
// with the built-in data, as the dashboard does after the person confirms each import.
import { readFileSync } from 'node:fs'
import { parseDataset } from '@/domain/validate-dataset'
import type { Dataset } from '@/domain/dataset-schema'
import type { DatasetIndex } from '@/domain/dataset-index'
import { indexWithImports } from '@/features/import/model/merge-imports'
import { toStoredImport, type StoredImport } from '@/features/import/model/stored-import'
import { analyseImport } from '@/features/import/model/analyse-import'
import { buildImportContext } from '@/features/import/model/import-context'
import { builtInDataset } from '@mocks/fixtures'

export const NATIONAL_SERIES = 'jamaica-deportees-2016-2022.csv'
export const MULTI_COUNTRY = 'caribbean-removals-2020.csv'
export const SMALL_STATES = 'eastern-caribbean-returns-2019-2020.csv'
/** When the fixtures are imported in the tests: 29 November 2026. */
export const IMPORTED_AT = new Date('2026-11-29T09:00:00Z')

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, import.meta.url), 'utf8')
}

/** The built-in data (or `base`) with the named fixture files imported, in order. */
export function indexWithFixtures(
  names: string[],
  base: unknown = builtInDataset(),
): { index: DatasetIndex; imports: StoredImport[] } {
  const parsed = parseDataset(base)
  if (!parsed.ok) throw new Error('the base dataset does not parse')
  const dataset: Dataset = parsed.data
  const imports: StoredImport[] = []
  for (const name of names) {
    const context = buildImportContext(
      indexWithImports(dataset, imports),
      imports.map((i) => i.records),
      ['USD'],
    )
    const bytes = new TextEncoder().encode(fixtureText(name))
    const analysis = analyseImport({ name, bytes, size: bytes.length }, context, `fixture-${name}`)
    if (analysis.summary.issueCount > 0 || analysis.summary.fileError)
      throw new Error(`fixture ${name} does not import cleanly`)
    imports.push(toStoredImport(analysis, `fixture-${imports.length + 1}`, IMPORTED_AT))
  }
  return { index: indexWithImports(dataset, imports), imports }
}
