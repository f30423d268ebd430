import type { Evidence } from '@/domain/dataset-schema'
import type { DatasetIndex } from '@/domain/dataset-index'
import { pickText } from '@/domain/translate'
import { useLanguage } from '@/lib/language'

/**
 * Where a document states something: the sentence quoted as written (in the document's language)
 * and its paragraph as the citation. `showDocument` names the document when the context does not.
 */
export function EvidenceQuote({
  evidence,
  index,
  showDocument = false,
}: {
  evidence: Evidence
  index: DatasetIndex
  showDocument?: boolean
}) {
  const { lang, t } = useLanguage()
  const doc = index.documents.get(evidence.documentId)
  const quoteLang = doc && doc.language !== 'other' ? doc.language : undefined
  return (
    <div className="evidence">
      <p className="evidence__label">{t('sources.evidence.label')}</p>
      <blockquote className="evidence__quote" lang={quoteLang}>
        <p>{evidence.quote}</p>
      </blockquote>
      <p className="evidence__cite">
        — <cite>{t('sources.evidence.paragraph', { paragraph: evidence.paragraph })}</cite>
        {showDocument && (
          <>
            {' '}
            {t('sources.evidence.inDocument', {
              title: doc ? pickText(doc.title, lang).text : evidence.documentId,
            })}
          </>
        )}
      </p>
    </div>
  )
}
