import { useMemo, useState } from 'react'
import type { ProposedMetadata } from '@/features/documents/model/candidate-types'
import type { DocumentResult } from '@/features/documents/api/read-source'
import {
  draftFromCandidate,
  draftsFileName,
  draftsToCsv,
  quotesNotInDocument,
  type Decision,
  type FigureDraft,
} from '@/features/documents/model/figure-draft'
import { CandidateCard } from '@/features/documents/components/candidate-card'
import { DocumentView } from '@/features/documents/components/document-view'
import { MetadataForm } from '@/features/documents/components/metadata-form'
import { useLanguage } from '@/lib/language'

const SMUGGLING = /smuggl|tráfico ilícito|trafico ilicito/i

/**
 * The document beside its proposed figures. The person accepts, edits or rejects each; the
 * accepted ones, with their evidence checked word for word, go to the importer's check as a file.
 */
export function DocumentReview({
  result,
  onFigures,
}: {
  result: DocumentResult
  onFigures: (file: File, count: number) => void
}) {
  const { lang, t } = useLanguage()
  const { reading, fingerprint } = result
  const [metadata, setMetadata] = useState<ProposedMetadata>(reading.metadata)
  const [decisions, setDecisions] = useState<Record<string, Decision>>({})
  const [edits, setEdits] = useState<Record<string, FigureDraft>>({})
  const [selectedId, setSelectedId] = useState<string | null>(reading.candidates[0]?.id ?? null)
  const [notVerbatim, setNotVerbatim] = useState<FigureDraft[]>([])
  const drafts = useMemo(
    () => Object.fromEntries(reading.candidates.map((c) => [c.id, draftFromCandidate(c)])),
    [reading],
  )
  const draftOf = (id: string) => edits[id] ?? drafts[id]!
  const decisionOf = (id: string) => decisions[id] ?? 'pending'
  const accepted = reading.candidates.filter((c) => decisionOf(c.id) === 'accepted')
  const rejected = reading.candidates.filter((c) => decisionOf(c.id) === 'rejected').length
  const selected = reading.candidates.find((c) => c.id === selectedId) ?? null

  const decide = (id: string, decision: Decision, edited?: FigureDraft) => {
    setDecisions((d) => ({ ...d, [id]: decision }))
    if (edited) setEdits((e) => ({ ...e, [id]: edited }))
    setSelectedId(id)
  }
  const submit = () => {
    const chosen = accepted.map((c) => draftOf(c.id))
    const wrong = quotesNotInDocument(chosen, reading)
    setNotVerbatim(wrong)
    if (wrong.length > 0) return
    const csv = draftsToCsv(chosen, {
      metadata,
      lang,
      theme: SMUGGLING.test(reading.document.text) ? 'smuggling' : '',
      evidenceLabel: (paragraph, quote) => t('source.evidence', { paragraph, quote }),
      noneStated: t('caveat.noneStated'),
    })
    const name = draftsFileName(metadata, fingerprint)
    onFigures(new File([csv], name, { type: 'text/csv' }), chosen.length)
  }

  return (
    <div className="document-review">
      <MetadataForm metadata={metadata} fingerprint={fingerprint} onChange={setMetadata} />
      <div className="document-review__columns">
        <DocumentView document={reading.document} selected={selected} />
        <section className="document-candidates" aria-labelledby="document-candidates-heading">
          <h4 id="document-candidates-heading">
            {t('documents.candidates.heading', { count: reading.candidates.length })}
          </h4>
          {reading.candidates.length === 0 ? (
            <p>{t('documents.candidates.none')}</p>
          ) : (
            <>
              <p role="status">
                {t('documents.candidates.decided', {
                  accepted: accepted.length,
                  rejected,
                  pending: reading.candidates.length - accepted.length - rejected,
                })}
              </p>
              <ol className="document-candidates__list">
                {reading.candidates.map((c) => (
                  <CandidateCard
                    key={c.id}
                    candidate={c}
                    draft={draftOf(c.id)}
                    decision={decisionOf(c.id)}
                    selected={c.id === selectedId}
                    onSelect={() => {
                      setSelectedId(c.id)
                      document
                        .getElementById(`document-paragraph-${c.paragraph}`)
                        ?.scrollIntoView({ block: 'center' })
                    }}
                    onDecide={(decision, edited) => decide(c.id, decision, edited)}
                  />
                ))}
              </ol>
            </>
          )}
        </section>
      </div>
      {notVerbatim.length > 0 && (
        <p className="status status--error" role="alert">
          {t('documents.submit.notVerbatim', {
            figures: notVerbatim.map((d) => `“${d.quote.slice(0, 60)}”`).join(', '),
          })}
        </p>
      )}
      <p className="document-review__submit">
        <button
          type="button"
          className="button--primary"
          disabled={accepted.length === 0}
          onClick={submit}
        >
          {t('documents.submit.button', { count: accepted.length })}
        </button>
        {accepted.length === 0 && <span className="note"> {t('documents.submit.nothing')}</span>}
      </p>
    </div>
  )
}
