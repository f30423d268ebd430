// Reads a document off the page's thread (the document worker) and answers with what it proposes
// and the fingerprint of its text. Where there is no Worker (tests in jsdom), the same code runs here.
import type { DocumentReading } from '@/features/documents/model/candidate-types'
import type { DocumentSource } from '@/features/documents/model/document-source'
import { readDocument } from '@/features/documents/model/read-document'
import { workerCalls } from '@/lib/worker-calls'

export interface DocumentResult {
  reading: DocumentReading
  /** SHA-256 of the document's text as read (hex): the provenance stored with its figures. */
  fingerprint: string
}

export async function fingerprintOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The reading itself; the worker runs it, and so does the page where no worker can start. */
export async function readSourceHere(source: DocumentSource): Promise<DocumentResult> {
  const { extractText } = await import('@/features/documents/lib/extract-text')
  const reading = readDocument(await extractText(source))
  return { reading, fingerprint: await fingerprintOf(reading.document.text) }
}

const call = workerCalls(
  () => new Worker(new URL('./document.worker.ts', import.meta.url), { type: 'module' }),
  'documents.error.unreadable',
)

export function readSource(source: DocumentSource): Promise<DocumentResult> {
  if (typeof Worker === 'undefined') return readSourceHere(source)
  // The file's bytes move to the worker instead of being copied.
  return call<DocumentResult>({ source }, 'bytes' in source ? [source.bytes] : [])
}
