import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFigure } from '@/domain/figure-description'
import {
  describeDocument,
  formatDocumentCitation,
  type DocumentSummary,
} from '@/features/sources/model/document-summary'
import { DocumentMetadataList } from '@/features/sources/components/document-metadata'
import { DocumentNames } from '@/features/sources/components/document-names'
import { EvidenceQuote } from '@/features/sources/components/evidence-quote'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { FigureCard } from '@/features/figures/components/figure-card'
import { useLanguage } from '@/lib/language'

/**
 * One source document: its particulars, how to cite it, the figures taken from it, and who it
 * names. Its parts are unlabelled sections under headings, not landmarks: every document has
 * the same parts, and repeated landmark names would only clutter a screen reader's list.
 */
export function SourceDocument({
  summary,
  index,
  number,
}: {
  summary: DocumentSummary
  index: DatasetIndex
  number: number
}) {
  const { lang, t } = useLanguage()
  const { doc } = summary
  const meta = describeDocument(doc, lang, t)
  const base = `document-${doc.id}`
  return (
    <article id={base} tabIndex={-1} aria-labelledby={`${base}-title`} className="source-document">
      <p className="source-document__number">{t('sources.documentNumber', { number })}</p>
      <h3 id={`${base}-title`} className="source-document__title">
        <DatasetText text={doc.title} />
      </h3>
      <DocumentMetadataList meta={meta} />
      <section className="citation">
        <h4 id={`${base}-cite`}>{t('sources.howToCite')}</h4>
        <p className="citation__text">
          {formatDocumentCitation(doc, index.dataset.datasetVersion, lang, t)}
        </p>
      </section>
      <section>
        <h4 id={`${base}-figures`}>{t('sources.figuresHeading')}</h4>
        {summary.figures.length === 0 ? (
          <p>{t('sources.noFigures')}</p>
        ) : (
          <div className="figure-grid">
            {summary.figures.map((figure) => (
              <FigureCard
                key={figure.id}
                description={describeFigure({ kind: 'own', figure }, index, lang, t)}
                headingLevel={5}
              >
                {figure.evidence ? (
                  <EvidenceQuote
                    evidence={figure.evidence}
                    index={index}
                    showDocument={figure.evidence.documentId !== doc.id}
                  />
                ) : (
                  <p className="evidence evidence--missing">{t('sources.evidence.none')}</p>
                )}
              </FigureCard>
            ))}
          </div>
        )}
      </section>
      <DocumentNames summary={summary} index={index} />
    </article>
  )
}
