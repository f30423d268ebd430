/// <reference lib="webworker" />
// The document worker: a PDF of 40 pages or a long Word file is read and its figures proposed
// here, so the page stays responsive.
import { readSourceHere } from '@/features/documents/api/read-source'
import type { DocumentSource } from '@/features/documents/model/document-source'
import { answerCalls } from '@/lib/worker-calls'

answerCalls(({ source }: { source: DocumentSource }) => readSourceHere(source))
