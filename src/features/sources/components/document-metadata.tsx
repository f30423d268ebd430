import type { ReactNode } from 'react'
import type { DocumentMetadata } from '@/features/sources/model/document-summary'
import { useLanguage } from '@/lib/language'

/** The document's own particulars; what it leaves out is said, not left blank. */
export function DocumentMetadataList({ meta }: { meta: DocumentMetadata }) {
  const { t } = useLanguage()
  const rows: { key: string; value: ReactNode; missing?: boolean }[] = [
    ...(meta.originalTitle
      ? [
          {
            key: 'originalTitle',
            value: (
              <span lang={meta.languageCode === 'other' ? undefined : meta.languageCode}>
                {meta.originalTitle}
              </span>
            ),
          },
        ]
      : []),
    { key: 'kind', value: meta.kind },
    { key: 'publisher', value: meta.publisher },
    { key: 'place', value: meta.place },
    {
      key: 'date',
      value: meta.isoDate ? <time dateTime={meta.isoDate}>{meta.date}</time> : meta.date,
      missing: !meta.isoDate,
    },
    {
      key: 'address',
      value: meta.url ? <a href={meta.url}>{meta.url}</a> : meta.address,
      missing: !meta.url,
    },
    { key: 'language', value: meta.language },
    { key: 'copy', value: meta.copy },
  ]
  return (
    <dl className="meta-list">
      {rows.map((row) => (
        <div key={row.key} className="meta-list__row">
          <dt>{t(`sources.field.${row.key}`)}</dt>
          <dd className={row.missing ? 'not-stated' : undefined}>{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}
