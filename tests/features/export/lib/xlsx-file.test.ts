// Writes the workbook with the real spreadsheet library and reads it back, as Excel would.
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { workbookBlob } from '@/features/export/lib/xlsx-file'
import { buildFiguresWorkbook } from '@/features/export/model/xlsx-workbook'
import { LINK, NOW, datasetStartingWith, describeDataset } from '../export-fixtures'

describe('workbookBlob', () => {
  it('writes an .xlsx that reads back with both sheets, numbers as numbers and formulas as text', async () => {
    const { descriptions, t } = describeDataset(datasetStartingWith('='), 'en')
    const sheets = buildFiguresWorkbook({
      descriptions,
      title: 'T',
      subtitle: 'S',
      link: LINK,
      now: NOW,
      lang: 'en',
      t,
      datasetVersion: '1.0.0',
    })
    const provenance = {
      title: 'T',
      subtitle: 'S',
      sources: ['Source: IOM, “A document”.'],
      caveats: ['Coverage: only seven countries.', 'Estimate method: what "is believed".'],
      link: LINK,
      datasetVersion: '1.0.0',
      date: '2026-11-27',
      credit: 'Dashboard',
      lang: 'en' as const,
    }
    const blob = await workbookBlob(sheets, { now: NOW, provenance })
    const book = XLSX.read(new Uint8Array(await blob.arrayBuffer()), {
      type: 'array',
      cellStyles: true,
    })
    expect(book.SheetNames).toEqual(['Data', 'Sources and caveats'])
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Data!)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatchObject({
      'value (as displayed)': 'at least 2.5 million',
      low: 2500000,
      coverage: "'=SUM(A1) coverage",
      'dataset version': '1.0.0',
    })
    expect(rows[0]!.high).toBeUndefined()
    expect(rows[1]).toMatchObject({ low: 5500000000, high: 7000000000 })
    // No cell of either sheet is a formula.
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name]!
      for (const [address, cell] of Object.entries(sheet)) {
        if (!address.startsWith('!')) expect((cell as XLSX.CellObject).f).toBeUndefined()
      }
    }
    expect(book.Sheets.Data!['!cols']?.length).toBe(27)
    // The file says what it is, where it comes from and what to keep in mind, in its properties.
    expect(book.Props).toMatchObject({
      Title: 'T',
      Subject: 'S',
      Keywords: LINK,
      Category: '1.0.0',
    })
    expect(book.Props?.Comments).toBe(
      'Source: IOM, “A document”.\nCoverage: only seven countries.\nEstimate method: what "is believed".',
    )
    expect(book.Custprops).toMatchObject({
      Link: LINK,
      'Dataset version': '1.0.0',
      Retrieved: '2026-11-27',
      Caveats: 'Coverage: only seven countries. | Estimate method: what "is believed".',
    })
  })
})
