import { useState } from 'react'
import { formatEstimate, formatUnit } from '@/domain/format-estimate'
import type { Candidate } from '@/features/documents/model/candidate-types'
import type { Decision, FigureDraft } from '@/features/documents/model/figure-draft'
import { SHOWN_CURRENCIES } from '@/features/documents/model/lexicon'
import { CandidateEdit } from '@/features/documents/components/candidate-edit'
import { useLanguage } from '@/lib/language'

/** One proposed figure: what was read, why to look twice, and the person's decision. */
export function CandidateCard({
  candidate,
  draft,
  decision,
  selected,
  onSelect,
  onDecide,
}: {
  candidate: Candidate
  draft: FigureDraft
  decision: Decision
  selected: boolean
  onSelect: () => void
  onDecide: (decision: Decision, draft?: FigureDraft) => void
}) {
  const { lang, t } = useLanguage()
  const [editing, setEditing] = useState(false)
  // A currency the interface has no symbol for is written by its ISO code: "CLP 3.2 billion".
  const shown = SHOWN_CURRENCIES.includes(draft.currency)
  const amount = formatEstimate(
    draft.estimate,
    { unit: draft.unit, ...(draft.currency && shown ? { currency: draft.currency } : {}) },
    lang,
    t,
  )
  const value = draft.currency && !shown ? `${draft.currency} ${amount}` : amount
  const headingId = `candidate-${candidate.id}`
  const row = (label: string, text: string | null, none?: string) => (
    <>
      <dt>{t(label)}</dt>
      <dd>{text || (none ? t(none) : '—')}</dd>
    </>
  )
  return (
    <li
      className={`candidate candidate--${decision}${selected ? ' candidate--selected' : ''}`}
      aria-labelledby={headingId}
    >
      <h5 id={headingId} className="candidate__value">
        {value}
        {decision !== 'pending' && (
          <span className="candidate__decision"> · {t(`documents.candidates.${decision}`)}</span>
        )}
      </h5>
      <blockquote className="candidate__quote">
        {t('documents.candidates.evidence', { paragraph: draft.paragraph, quote: draft.quote })}
      </blockquote>
      <dl className="candidate__facts">
        {row(
          'documents.candidates.unit',
          draft.currency && !shown ? draft.currency : draft.unit && formatUnit(draft.unit, t),
          'documents.candidates.unitNone',
        )}
        {row('documents.candidates.period', draft.year, 'documents.candidates.periodNone')}
        {row('documents.candidates.place', draft.geographyCode, 'documents.candidates.placeNone')}
        {row(
          'documents.candidates.indicator',
          draft.indicator,
          'documents.candidates.indicatorNone',
        )}
        {draft.coverage && row('documents.candidates.coverage', draft.coverage)}
        {draft.quotedPerson && row('documents.candidates.speaker', draft.quotedPerson)}
        {draft.originalProducer && row('documents.candidates.study', draft.originalProducer)}
      </dl>
      {candidate.flags.length > 0 && (
        <ul className="candidate__flags">
          {candidate.flags.map((f) => (
            <li key={f.key}>{t(`documents.candidates.flag.${f.key}`, f.values)}</li>
          ))}
        </ul>
      )}
      <p className="candidate__caveats-heading">{t('documents.candidates.caveats')}</p>
      {draft.caveats.length === 0 ? (
        <p>{t('documents.candidates.caveatsNone')}</p>
      ) : (
        <ul className="candidate__caveats">
          {draft.caveats.map((c, i) => (
            <li key={i}>
              <strong>{t(`caveatType.${c.type}`)}:</strong> {c.text[lang]}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <CandidateEdit
          draft={draft}
          onCancel={() => setEditing(false)}
          onDone={(edited) => {
            setEditing(false)
            onDecide('accepted', edited)
          }}
        />
      ) : (
        <p className="candidate__actions">
          <button type="button" className="button--link" onClick={onSelect}>
            {t('documents.candidates.show')}
          </button>
          {decision === 'pending' ? (
            <>
              <button
                type="button"
                className="button--primary"
                onClick={() => onDecide('accepted')}
              >
                {t('documents.candidates.accept')}
              </button>
              <button type="button" onClick={() => setEditing(true)}>
                {t('documents.candidates.edit')}
              </button>
              <button type="button" onClick={() => onDecide('rejected')}>
                {t('documents.candidates.reject')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => onDecide('pending')}>
              {t('documents.candidates.undo')}
            </button>
          )}
        </p>
      )}
    </li>
  )
}
