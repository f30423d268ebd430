import type { DatasetIndex } from '@/domain/dataset-index'
import { pickText } from '@/domain/translate'
import { ScrollTable } from '@/features/context/components/scroll-table'
import { organisationLabel } from '@/features/sources/model/document-summary'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { useDocumentLabel } from '@/features/context/use-document-label'
import { useLanguage } from '@/lib/language'

/** Everyone the documents name, their role as written, and the figures they are quoted stating. */
export function PeopleTable({ index }: { index: DatasetIndex }) {
  const { lang, t } = useLanguage()
  const documentLabel = useDocumentLabel(index)
  return (
    <ScrollTable id="context-people" caption={t('context.peopleCaption')}>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {t('context.column.name')}
          </th>
          <th scope="col" role="columnheader">
            {t('context.column.personRole')}
          </th>
          <th scope="col" role="columnheader">
            {t('context.column.personOrganisation')}
          </th>
          <th scope="col" role="columnheader">
            {t('context.column.document')}
          </th>
          <th scope="col" role="columnheader">
            {t('context.column.states')}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {index.dataset.people.map((person) => {
          const org = person.organisationId
            ? index.organisations.get(person.organisationId)
            : undefined
          const stated = index.figures.filter((f) => f.source.quotedPersonId === person.id)
          return (
            <tr key={person.id} role="row">
              <th scope="row" role="rowheader">
                {person.name}
              </th>
              <td role="cell" data-label={t('context.column.personRole')}>
                <DatasetText text={person.role} />
              </td>
              <td
                role="cell"
                data-label={t('context.column.personOrganisation')}
                className={org ? undefined : 'not-stated'}
              >
                {org ? organisationLabel(org, lang) : t('context.noOrganisation')}
              </td>
              <td role="cell" data-label={t('context.column.document')}>
                {documentLabel(person.documentId)}
              </td>
              <td
                role="cell"
                data-label={t('context.column.states')}
                className={stated.length === 0 ? 'not-stated' : undefined}
              >
                {stated.length === 0 ? (
                  t('context.noFigure')
                ) : (
                  <ul className="cell-list">
                    {stated.map((figure) => {
                      const indicator = index.indicators.get(figure.indicatorId)
                      return (
                        <li key={figure.id}>
                          {indicator ? pickText(indicator.name, lang).text : figure.indicatorId} (
                          {figure.year})
                        </li>
                      )
                    })}
                  </ul>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </ScrollTable>
  )
}
