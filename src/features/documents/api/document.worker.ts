/// <reference lib="webworker" />
// The document worker: a PDF of 40 pages or a long Word file is read and its figures proposed
// here, so the page stays responsive.
import { readSourceHere, type WorkerAnswer } from '@/features/documents/api/read-source'
import type { DocumentSource } from '@/features/documents/model/document-source'

self.addEventListener('message', (event: MessageEvent<{ id: number; source: DocumentSource }>) => {
  const { id, source } = event.data
  readSourceHere(source).then(
    (value) => self.postMessage({ id, ok: true, value } satisfies WorkerAnswer),
    (error: unknown) =>
      self.postMessage({
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerAnswer),
  )
})
