import { useCallback } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { describeDocument } from '@/features/sources/model/document-summary'
import { useLanguage } from '@/lib/language'

/** A short name for a document in a table cell: "Press release, Georgetown, 27 August 2020". */
export function useDocumentLabel(index: DatasetIndex): (documentId: string) => string {
  const { lang, t } = useLanguage()
  return useCallback(
    (documentId: string) => {
      const doc = index.documents.get(documentId)
      if (!doc) return documentId
      const meta = describeDocument(doc, lang, t)
      return [meta.kind, doc.place, meta.date].filter(Boolean).join(', ')
    },
    [index, lang, t],
  )
}
