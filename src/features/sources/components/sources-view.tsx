import { useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { summarizeDocuments } from '@/features/sources/model/document-summary'
import { SourceDocument } from '@/features/sources/components/source-document'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { useLanguage } from '@/lib/language'

/** Every source document with its figures, their caveats and the sentences that state them. */
export function SourcesView({ index }: { index: DatasetIndex }) {
  const { lang, t } = useLanguage()
  const summaries = useMemo(() => summarizeDocuments(index, lang), [index, lang])
  return (
    <div className="sources-view">
      <h2>{t('sources.heading')}</h2>
      <p className="view-intro">{t('sources.intro')}</p>
      {summaries.length > 1 && (
        <nav aria-labelledby="sources-contents" className="page-contents">
          <h3 id="sources-contents" className="page-contents__heading">
            {t('sources.contents')}
          </h3>
          <ol>
            {summaries.map(({ doc }) => (
              <li key={doc.id}>
                <a href={`#document-${doc.id}`}>
                  <DatasetText text={doc.title} />
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {summaries.map((summary, i) => (
        <SourceDocument key={summary.doc.id} summary={summary} index={index} number={i + 1} />
      ))}
    </div>
  )
}
