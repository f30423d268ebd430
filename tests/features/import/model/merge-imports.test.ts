import { indexWithImports, emptyDataset } from '@/features/import/model/merge-imports'
import type { StoredImport } from '@/features/import/model/stored-import'
import { analyseText, builtInIndex, csv, row } from '../helpers'
import { toStoredImport } from '@/features/import/model/stored-import'

function stored(id: string, ...rows: string[]): StoredImport {
  return toStoredImport(analyseText(csv(...rows)), id, new Date('2026-01-01T00:00:00Z'))
}

describe('indexWithImports', () => {
  it('adds imported figures after the built-in ones, each marked with its import', () => {
    const base = builtInIndex()
    const imported = stored('imp-1', row({ 'geography code': 'COL', 'geography name': 'Colombia' }))
    const index = indexWithImports(base.dataset, [imported])
    expect(index.figures).toHaveLength(4)
    expect(index.figures.slice(0, 3).every((f) => f.origin.kind === 'built-in')).toBe(true)
    expect(index.figures[3]!.origin).toEqual({
      kind: 'imported',
      importId: 'imp-1',
      fileName: imported.fileName,
      importedAt: imported.importedAt,
    })
    expect(index.geographies.get('COL')?.name.en).toBe('Colombia')
    expect(index.documents.has(imported.figures[0]!.source.documentId)).toBe(true)
    expect(index.dataset.figures).toHaveLength(4)
  })

  it('never replaces a built-in record with an imported one of the same id', () => {
    const base = builtInIndex()
    const imported = stored('imp-1', row())
    imported.records.indicators.push({
      ...base.indicators.get('involuntary-returns')!,
      name: { en: 'Hijacked' },
    })
    const index = indexWithImports(base.dataset, [imported])
    expect(index.indicators.get('involuntary-returns')?.name.en).toBe(
      'Involuntary returns registered',
    )
  })

  it('builds an index of imports alone when the built-in data is missing', () => {
    const index = indexWithImports(emptyDataset, [
      stored('imp-1', row({ 'geography code': 'COL' })),
    ])
    expect(index.figures).toHaveLength(1)
  })
})
