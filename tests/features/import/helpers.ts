// Shared fixtures for the importer's tests: the built-in dataset (the real file) as the
// dashboard's data, and a one-call way to analyse a file's text or bytes.
import { builtInDataset } from '@mocks/fixtures'
import { indexDataset, type DatasetIndex } from '@/domain/dataset-index'
import { parseDataset } from '@/domain/validate-dataset'
import { analyseImport } from '@/features/import/model/analyse-import'
import { buildImportContext, type ImportContext } from '@/features/import/model/import-context'
import type { ImportRecords } from '@/features/import/model/import-types'

export function builtInIndex(): DatasetIndex {
  const parsed = parseDataset(builtInDataset())
  if (!parsed.ok) throw new Error('the built-in dataset does not parse')
  return indexDataset(parsed.data)
}

export function builtInContext(
  imported: ImportRecords[] = [],
  index = builtInIndex(),
): ImportContext {
  return buildImportContext(index, imported, ['USD'])
}

export function analyseText(
  text: string | Uint8Array,
  name = 'figures.csv',
  context = builtInContext(),
) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  return analyseImport({ name, bytes, size: bytes.length }, context, 'test-analysis')
}

/** The header of the documented format, in English, as the export writes it. */
export const header =
  'indicator,geography code,geography name,year,estimate kind,value (as displayed),low,high,unit,currency,coverage,caveats,source document,publisher,date,address,original producer,quoted person,evidence'

/** A valid row for the header above; override cells by column name. */
export function row(cells: Partial<Record<string, string>> = {}): string {
  const base: Record<string, string> = {
    indicator: 'Involuntary returns registered',
    'geography code': 'JAM',
    'geography name': 'Jamaica',
    year: '2019',
    'estimate kind': 'point',
    'value (as displayed)': '1200',
    low: '',
    high: '',
    unit: 'returns',
    currency: '',
    coverage: 'Registered by the national migration authority only.',
    caveats: 'Coverage: Returns registered at the main airport only.',
    'source document': 'National return register 2019',
    publisher: 'Ministry of National Security',
    date: '2020-03-31',
    address: '',
    'original producer': '',
    'quoted person': '',
    evidence: '',
  }
  const merged = { ...base, ...cells }
  return header
    .split(',')
    .map((column) => {
      const value = merged[column] ?? ''
      return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
    })
    .join(',')
}

export function csv(...rows: string[]): string {
  return [header, ...rows].join('\n')
}
