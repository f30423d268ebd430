import { lazy, Suspense, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { DocumentSource } from '@/features/documents/model/document-source'
import { DocumentSourceForm } from '@/features/documents/components/document-source-form'
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'
import { useLanguage } from '@/lib/language'

/**
 * The reader (its lexicon and rules), the review of what it proposes and their texts load when a
 * document is given, not with the view (budget per route: scripts/bench-size.ts).
 */
const loadReader = loadOnce(() =>
  Promise.all([
    import('@/features/documents/api/read-source'),
    import('@/features/documents/components/document-review'),
    // The review describes figures as the rest of the page does (estimate, unit, caveats).
    loadGroup('importer'),
    loadGroup('figures'),
    loadGroup('checks'),
  ]).then(([source, review]) => ({
    readSource: source.readSource,
    DocumentReview: review.DocumentReview,
  })),
)
const DocumentReview = lazy(() => loadReader().then((m) => ({ default: m.DocumentReview })))

/**
 * "Add from a document" in Your figures: read a press release, review what it proposes, and hand
 * the accepted figures (as a file in the import format) to the importer's check via `onFigures`.
 */
export function AddFromDocument({ onFigures }: { onFigures: (file: File) => void }) {
  const { t } = useLanguage()
  const [name, setName] = useState('')
  const [sent, setSent] = useState<number | null>(null)
  const read = useMutation({
    mutationFn: async (source: DocumentSource) => (await loadReader()).readSource(source),
  })
  const start = (source: DocumentSource, sourceName: string) => {
    setName(sourceName)
    setSent(null)
    read.mutate(source)
  }
  const again = () => {
    read.reset()
    setSent(null)
  }
  return (
    <section className="add-from-document" aria-labelledby="add-from-document-heading">
      <h3 id="add-from-document-heading">{t('documents.heading')}</h3>
      <p>{t('documents.intro')}</p>
      {!read.data && <DocumentSourceForm onSource={start} busy={read.isPending} />}
      <div aria-live="polite">
        {read.isPending && (
          <p className="status status--loading" role="status">
            {t('documents.reading', { name })}
          </p>
        )}
        {sent !== null && (
          <p className="status status--success" role="status">
            {t('documents.submit.sent', { count: sent })}
          </p>
        )}
      </div>
      {read.isError && (
        <p className="status status--error" role="alert">
          {t('documents.error.failed', {
            name,
            reason: read.error.message.startsWith('documents.')
              ? t(read.error.message)
              : read.error.message,
          })}
        </p>
      )}
      {read.data && sent === null && (
        <Suspense fallback={null}>
          <DocumentReview
            key={read.data.fingerprint}
            result={read.data}
            onFigures={(file, count) => {
              setSent(count)
              onFigures(file)
            }}
          />
        </Suspense>
      )}
      {read.data && (
        <button type="button" onClick={again}>
          {t('documents.submit.again')}
        </button>
      )}
    </section>
  )
}
