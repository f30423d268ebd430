// Writes the workbook's bytes with SheetJS: in the Excel worker (xlsx.worker.ts), or in the page
// where no worker can start (tests).
// SheetJS's "mini" build (XLSX and a few plain formats, 86 kB gzipped instead of 160 kB): the
// app only writes XLSX. Its types are the full build's.
import type * as SheetJS from '@e965/xlsx'
import type { SheetSpec } from '@/features/export/model/xlsx-workbook'
import { workbookProperties, type Provenance } from '@/features/export/model/provenance'

export interface WorkbookMeta {
  now: Date
  provenance: Provenance
}

export async function writeWorkbook(sheets: SheetSpec[], meta: WorkbookMeta): Promise<ArrayBuffer> {
  // A CommonJS file: its exports arrive as the default export (or as named ones under Vitest).
  const library = (await import('@e965/xlsx/dist/xlsx.mini.min.js')) as { default?: typeof SheetJS }
  const XLSX = library.default ?? (library as unknown as typeof SheetJS)
  const book = XLSX.utils.book_new()
  // The title, sources, caveats, link and dataset version in the file's document properties.
  const { props, custom } = workbookProperties(meta.provenance)
  book.Props = { ...props, CreatedDate: meta.now }
  book.Custprops = custom
  for (const spec of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows)
    sheet['!cols'] = spec.columnWidths.map((wch) => ({ wch }))
    spec.rows.forEach((_row, r) => {
      if (r === 0) return
      for (const c of spec.numberColumns) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as
          { t?: string; z?: string } | undefined
        if (cell?.t === 'n') cell.z = '#,##0'
      }
    })
    XLSX.utils.book_append_sheet(book, sheet, spec.name)
  }
  return XLSX.write(book, {
    bookType: 'xlsx',
    type: 'array',
    compression: true,
  }) as ArrayBuffer
}
