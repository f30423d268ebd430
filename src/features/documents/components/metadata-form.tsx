import { useId } from 'react'
import type { ProposedMetadata } from '@/features/documents/model/candidate-types'
import { useLanguage } from '@/lib/language'

type TextField = 'title' | 'publisher' | 'place' | 'dateText' | 'date' | 'address'
const FIELDS: TextField[] = ['title', 'publisher', 'place', 'dateText', 'date', 'address']

/** The document's proposed description, every field editable; an empty date reads "not stated". */
export function MetadataForm({
  metadata,
  fingerprint,
  onChange,
}: {
  metadata: ProposedMetadata
  fingerprint: string
  onChange: (metadata: ProposedMetadata) => void
}) {
  const { t } = useLanguage()
  const id = useId()
  const set = (field: TextField, value: string) =>
    onChange({
      ...metadata,
      [field]: field === 'title' ? value : value.trim() === '' ? null : value,
    })
  return (
    <fieldset className="document-metadata">
      <legend>{t('documents.metadata.heading')}</legend>
      <p className="note">{t('documents.metadata.note')}</p>
      {FIELDS.map((field) => (
        <p key={field} className="document-metadata__field">
          <label htmlFor={`${id}-${field}`}>{t(`documents.metadata.${field}`)}</label>
          <input
            id={`${id}-${field}`}
            type={field === 'date' ? 'date' : 'text'}
            value={metadata[field] ?? ''}
            placeholder={field === 'dateText' ? t('documents.metadata.dateNotStated') : undefined}
            onChange={(e) => set(field, e.target.value)}
          />
        </p>
      ))}
      <p className="document-metadata__field">
        <label htmlFor={`${id}-language`}>{t('documents.metadata.language')}</label>
        <select
          id={`${id}-language`}
          value={metadata.language}
          onChange={(e) =>
            onChange({ ...metadata, language: e.target.value as ProposedMetadata['language'] })
          }
        >
          {(['en', 'es', 'other'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`documents.metadata.languageName.${l}`)}
            </option>
          ))}
        </select>
      </p>
      <p className="note document-metadata__fingerprint">
        {t('documents.metadata.fingerprint', { hash: fingerprint })}
      </p>
    </fieldset>
  )
}
