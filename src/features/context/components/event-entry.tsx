import type { DatasetIndex } from '@/domain/dataset-index'
import type { MigrationEvent } from '@/domain/dataset-schema'
import { pickText } from '@/domain/translate'
import type { DateBasis } from '@/features/context/model/timeline'
import { DateAsWritten } from '@/features/context/components/date-as-written'
import { DetailList } from '@/features/context/components/detail-list'
import { NameList } from '@/features/context/components/name-list'
import { EvidenceQuote } from '@/features/sources/components/evidence-quote'
import { organisationLabel } from '@/features/sources/model/document-summary'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { useLanguage } from '@/lib/language'

/** An event as the documents describe it: dates as written, format, who ran it, who took part. */
export function EventEntry({
  event,
  basis,
  index,
}: {
  event: MigrationEvent
  basis: DateBasis | null
  index: DatasetIndex
}) {
  const { lang, t } = useLanguage()
  const doc = index.documents.get(event.documentId)
  const docLang = doc && doc.language !== 'other' ? doc.language : undefined
  const orgNames = (ids: string[]) =>
    ids.map((id) => {
      const org = index.organisations.get(id)
      return org ? organisationLabel(org, lang) : id
    })
  const countryNames = event.participantCountries.map((code) => {
    const geo = index.geographies.get(code)
    return geo ? pickText(geo.name, lang).text : code
  })
  const notStated = t('context.notStated')
  const headingId = `event-${event.id}-name`
  return (
    <article id={`event-${event.id}`} aria-labelledby={headingId} className="timeline-entry">
      <p className="timeline-entry__kind">{t(`context.itemKind.${event.kind}`)}</p>
      <h4 id={headingId}>
        <DatasetText text={event.name} />
      </h4>
      <DateAsWritten text={event.dateText} textLang={docLang} note={event.dateNote} basis={basis} />
      <DetailList
        rows={[
          {
            key: 'format',
            term: t('context.field.format'),
            value: <DatasetText text={event.format} />,
          },
          {
            key: 'sessions',
            term: t('context.field.sessions'),
            value: event.sessions ?? notStated,
            missing: event.sessions === null,
          },
          {
            key: 'duration',
            term: t('context.field.duration'),
            value: event.duration ? <DatasetText text={event.duration} /> : notStated,
            missing: !event.duration,
          },
          {
            key: 'organisers',
            term: t('context.field.organisers'),
            value: (
              <NameList
                names={orgNames(event.organiserIds)}
                label={t('context.field.organisers')}
              />
            ),
          },
          {
            key: 'supporters',
            term: t('context.field.supporters'),
            value: (
              <NameList
                names={orgNames(event.supporterIds)}
                label={t('context.field.supporters')}
              />
            ),
            missing: event.supporterIds.length === 0,
          },
          {
            key: 'countries',
            term: t('context.field.countries'),
            value: <NameList names={countryNames} label={t('context.field.countries')} />,
            missing: countryNames.length === 0,
          },
          {
            key: 'participants',
            term: t('context.field.participants'),
            value: <DatasetText text={event.participants} />,
          },
          {
            key: 'document',
            term: t('context.field.document'),
            value: doc ? <DatasetText text={doc.title} /> : event.documentId,
          },
        ]}
      />
      <EvidenceQuote evidence={event.evidence} index={index} />
    </article>
  )
}
