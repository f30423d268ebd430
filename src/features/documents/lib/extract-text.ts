// A document's text, whatever it came as. Runs in the document worker; pdf.js and mammoth are
// loaded only when a PDF or a Word file arrives.
import { htmlToText } from '@/features/documents/model/html-text'
import { pdfToText } from '@/features/documents/model/pdf-text'
import type { DocumentSource } from '@/features/documents/model/document-source'
import { loadOnce } from '@/lib/load-once'

const loadPdfjs = loadOnce(async () => {
  const pdfjs = await import('pdfjs-dist')
  const workerUrl = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url)
  // pdf.js parses in a worker of its own, started from this one (browsers allow nested workers).
  if (typeof Worker !== 'undefined')
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' })
  else pdfjs.GlobalWorkerOptions.workerSrc = workerUrl.href
  return pdfjs
})

const loadMammoth = loadOnce(() => import('mammoth/mammoth.browser.js'))

/** Refusals a person can meet, as message keys. */
export const extractErrors = {
  notUtf8: 'documents.error.notUtf8',
  unreadable: 'documents.error.unreadable',
  empty: 'documents.error.empty',
} as const

function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Error(extractErrors.notUtf8)
  }
}

export async function extractText(source: DocumentSource): Promise<string> {
  let text: string
  try {
    switch (source.kind) {
      case 'pasted':
        text = source.text
        break
      case 'text':
        text = decodeUtf8(source.bytes)
        break
      case 'html':
        text = htmlToText(decodeUtf8(source.bytes))
        break
      case 'pdf': {
        const pdfjs = await loadPdfjs()
        const pdf = await pdfjs.getDocument({ data: new Uint8Array(source.bytes) }).promise
        text = await pdfToText(pdf)
        await pdf.destroy()
        break
      }
      case 'docx': {
        const mammoth = await loadMammoth()
        const result = await mammoth.extractRawText({ arrayBuffer: source.bytes })
        text = result.value
        break
      }
    }
  } catch (error) {
    if (error instanceof Error && error.message === extractErrors.notUtf8) throw error
    throw new Error(extractErrors.unreadable, { cause: error })
  }
  if (text.trim() === '') throw new Error(extractErrors.empty)
  return text
}
