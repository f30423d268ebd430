// What a person gives the reader: pasted text, or a file of a kind it can read.

export type DocumentKind = 'text' | 'html' | 'pdf' | 'docx'

export type DocumentSource =
  { kind: 'pasted'; text: string } | { kind: DocumentKind; name: string; bytes: ArrayBuffer }

/** The reader's kind for a file, by its type or its name's ending; null when it cannot read it. */
export function documentKindOf(name: string, type: string): DocumentKind | null {
  const n = name.toLowerCase()
  if (type === 'application/pdf' || n.endsWith('.pdf')) return 'pdf'
  if (n.endsWith('.docx') || type.includes('wordprocessingml')) return 'docx'
  if (type === 'text/html' || /\.x?html?$/.test(n)) return 'html'
  if (type.startsWith('text/') || n.endsWith('.txt') || n.endsWith('.md')) return 'text'
  return null
}

/** The largest file the reader takes: a long report, not an archive. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
