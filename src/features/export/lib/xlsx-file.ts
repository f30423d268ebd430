// Writes the workbook. The spreadsheet library is large, so it is fetched only when a person
// asks for an Excel file (a separate chunk in the build; the first view never loads it), and it
// runs in a worker so that the page keeps answering while it writes.
import type { SheetSpec } from '@/features/export/model/xlsx-workbook'
import type { WorkbookMeta } from '@/features/export/lib/xlsx-write'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function writeInWorker(sheets: SheetSpec[], meta: WorkbookMeta): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' })
    const done = () => worker.terminate()
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ ok: true; bytes: ArrayBuffer } | { ok: false; reason: string }>) => {
        done()
        if (event.data.ok) resolve(event.data.bytes)
        else reject(new Error(event.data.reason))
      },
    )
    worker.addEventListener('error', (event) => {
      done()
      reject(new Error(event.message || 'the Excel worker could not start'))
    })
    worker.postMessage({ sheets, meta })
  })
}

async function writeInPage(sheets: SheetSpec[], meta: WorkbookMeta): Promise<ArrayBuffer> {
  return (await import('@/features/export/lib/xlsx-write')).writeWorkbook(sheets, meta)
}

export async function workbookBlob(sheets: SheetSpec[], meta: WorkbookMeta): Promise<Blob> {
  // Where no worker can start (tests, a browser that refuses it), the page writes the file itself.
  const bytes =
    typeof Worker === 'undefined'
      ? await writeInPage(sheets, meta)
      : await writeInWorker(sheets, meta).catch(() => writeInPage(sheets, meta))
  return new Blob([bytes], { type: XLSX_MIME })
}
