import type { DatasetIndex } from '@/domain/dataset-index'
import { pickText } from '@/domain/translate'
import { organisationLabel, type DocumentSummary } from '@/features/sources/model/document-summary'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { useLanguage } from '@/lib/language'

/** The organisations and people a document names, people with their roles as the document gives them. */
export function DocumentNames({
  summary,
  index,
}: {
  summary: DocumentSummary
  index: DatasetIndex
}) {
  const { lang, t } = useLanguage()
  const id = summary.doc.id
  const figureName = (figureId: string) => {
    const figure = index.figures.find((f) => f.id === figureId)
    const indicator = figure ? index.indicators.get(figure.indicatorId) : undefined
    const name = indicator ? pickText(indicator.name, lang).text : figureId
    return figure ? `${name} (${figure.year})` : name
  }
  return (
    <div className="source-document__names">
      <section>
        <h4 id={`document-${id}-organisations`}>{t('sources.organisationsHeading')}</h4>
        {summary.organisations.length === 0 ? (
          <p>{t('sources.noOrganisations')}</p>
        ) : (
          <ul className="name-list">
            {summary.organisations.map((org) => (
              <li key={org.id}>{organisationLabel(org, lang)}</li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h4 id={`document-${id}-people`}>{t('sources.peopleHeading')}</h4>
        {summary.people.length === 0 ? (
          <p>{t('sources.noPeople')}</p>
        ) : (
          <ul className="name-list name-list--people">
            {summary.people.map(({ person, organisation, statesFigureIds }) => (
              <li key={person.id}>
                <strong>{person.name}</strong>, <DatasetText text={person.role} />
                {organisation && (
                  <span className="name-list__detail">
                    {t('sources.personOrganisation', { organisation })}
                  </span>
                )}
                {statesFigureIds.length > 0 && (
                  <span className="name-list__detail">
                    {t('sources.statesFigures', {
                      figures: statesFigureIds.map(figureName).join('; '),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
