import type { LocalizedText } from '@/domain/dataset-schema'
import { formatDate } from '@/domain/source'
import type { DateBasis } from '@/features/context/model/timeline'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { useLanguage } from '@/lib/language'

/**
 * The date exactly as the document writes it (quoted, in the document's language), the note on
 * what it leaves unstated, and what the item's place on the timeline rests on.
 */
export function DateAsWritten({
  text,
  textLang,
  note,
  basis,
}: {
  text: string
  textLang: string | undefined
  note?: LocalizedText
  basis: DateBasis | null
}) {
  const { lang, t } = useLanguage()
  return (
    <div className="date-as-written">
      <p className="date-as-written__label">{t('context.whenAsWritten')}</p>
      <p className="date-as-written__text">
        <q lang={textLang}>{text}</q>
      </p>
      {note && (
        <p className="date-as-written__note">
          <DatasetText text={note} />
        </p>
      )}
      {basis && (
        <p className="date-as-written__basis">
          {basis.kind === 'period-start'
            ? t('context.basis.period-start', { year: basis.year })
            : t(`context.basis.${basis.kind}`, { date: formatDate(basis.date, lang) })}
        </p>
      )}
    </div>
  )
}
