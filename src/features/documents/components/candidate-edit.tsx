import { useId, useState } from 'react'
import type { ProposedEstimate } from '@/features/documents/model/candidate-types'
import type { FigureDraft } from '@/features/documents/model/figure-draft'
import { useLanguage } from '@/lib/language'

type Field =
  | 'unit'
  | 'currency'
  | 'year'
  | 'geographyCode'
  | 'indicator'
  | 'coverage'
  | 'quotedPerson'
  | 'originalProducer'
const FIELDS: [Field, string][] = [
  ['unit', 'documents.edit.unit'],
  ['currency', 'documents.edit.currency'],
  ['year', 'documents.edit.year'],
  ['geographyCode', 'documents.edit.place'],
  ['indicator', 'documents.edit.indicator'],
  ['coverage', 'documents.edit.coverage'],
  ['quotedPerson', 'documents.edit.speaker'],
  ['originalProducer', 'documents.edit.study'],
]
const KINDS = ['point', 'lower-bound', 'upper-bound', 'range'] as const

function withKind(e: ProposedEstimate, kind: ProposedEstimate['kind']): ProposedEstimate {
  const first = e.kind === 'range' ? e.low : e.value
  const second = e.kind === 'range' ? e.high : e.value
  return kind === 'range' ? { kind, low: first, high: second } : { kind, value: first }
}

/** Every part of a candidate, editable; accepting the edit accepts the figure. */
export function CandidateEdit({
  draft,
  onDone,
  onCancel,
}: {
  draft: FigureDraft
  onDone: (draft: FigureDraft) => void
  onCancel: () => void
}) {
  const { lang, t } = useLanguage()
  const id = useId()
  const [d, setD] = useState(draft)
  const e = d.estimate
  const number = (key: 'value' | 'low' | 'high', value: string) =>
    setD({ ...d, estimate: { ...e, [key]: Number(value) } as ProposedEstimate })
  return (
    <form
      className="candidate-edit"
      aria-label={t('documents.edit.heading')}
      onSubmit={(event) => {
        event.preventDefault()
        onDone(d)
      }}
    >
      <p>
        <label htmlFor={`${id}-kind`}>{t('documents.edit.kind')}</label>
        <select
          id={`${id}-kind`}
          value={e.kind}
          onChange={(ev) =>
            setD({ ...d, estimate: withKind(e, ev.target.value as ProposedEstimate['kind']) })
          }
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`figure.estimateKind.${k}`)}
            </option>
          ))}
        </select>
      </p>
      {(e.kind === 'range' ? (['low', 'high'] as const) : (['value'] as const)).map((key) => (
        <p key={key}>
          <label htmlFor={`${id}-${key}`}>{t(`documents.edit.${key}`)}</label>
          <input
            id={`${id}-${key}`}
            type="number"
            min={0}
            step="any"
            value={e.kind === 'range' ? (key === 'high' ? e.high : e.low) : e.value}
            onChange={(ev) => number(key, ev.target.value)}
          />
        </p>
      ))}
      {FIELDS.map(([field, label]) => (
        <p key={field}>
          <label htmlFor={`${id}-${field}`}>{t(label)}</label>
          <input
            id={`${id}-${field}`}
            value={d[field]}
            onChange={(ev) => setD({ ...d, [field]: ev.target.value })}
          />
        </p>
      ))}
      <p>
        <label htmlFor={`${id}-paragraph`}>{t('documents.edit.paragraph')}</label>
        <input
          id={`${id}-paragraph`}
          type="number"
          min={1}
          value={d.paragraph}
          onChange={(ev) => setD({ ...d, paragraph: Number(ev.target.value) })}
        />
      </p>
      <p>
        <label htmlFor={`${id}-quote`}>{t('documents.edit.quote')}</label>
        <textarea
          id={`${id}-quote`}
          rows={3}
          value={d.quote}
          onChange={(ev) => setD({ ...d, quote: ev.target.value })}
        />
      </p>
      {d.caveats.length > 0 && (
        <ul className="candidate-edit__caveats">
          {d.caveats.map((c, i) => (
            <li key={i}>
              {t(`caveatType.${c.type}`)}: {c.text[lang]}{' '}
              <button
                type="button"
                className="button--link"
                onClick={() => setD({ ...d, caveats: d.caveats.filter((_, j) => j !== i) })}
              >
                {t('documents.edit.removeCaveat')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="candidate-edit__actions">
        <button type="submit" className="button--primary">
          {t('documents.edit.done')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('documents.edit.cancel')}
        </button>
      </p>
    </form>
  )
}
