/// <reference lib="webworker" />
// The Excel worker: SheetJS loads and writes the workbook here, off the main thread (writing 300
// figures took 250 ms of the page's time, more than an export may block it).
import type { SheetSpec } from '@/features/export/model/xlsx-workbook'
import { writeWorkbook, type WorkbookMeta } from '@/features/export/lib/xlsx-write'

self.addEventListener(
  'message',
  (event: MessageEvent<{ sheets: SheetSpec[]; meta: WorkbookMeta }>) => {
    writeWorkbook(event.data.sheets, event.data.meta).then(
      (bytes) => self.postMessage({ ok: true, bytes }, [bytes]),
      (error: unknown) => self.postMessage({ ok: false, reason: (error as Error).message }),
    )
  },
)
