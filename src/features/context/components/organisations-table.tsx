import type { DatasetIndex } from '@/domain/dataset-index'
import { pickText } from '@/domain/translate'
import { describeInvolvement } from '@/features/context/model/organisation-roles'
import { NameList } from '@/features/context/components/name-list'
import { ScrollTable } from '@/features/context/components/scroll-table'
import { organisationLabel } from '@/features/sources/model/document-summary'
import { useDocumentLabel } from '@/features/context/use-document-label'
import { useLanguage } from '@/lib/language'

/** Who is involved in what: each organisation's roles in the events and the work plan. */
export function OrganisationsTable({ index }: { index: DatasetIndex }) {
  const { lang, t } = useLanguage()
  const documentLabel = useDocumentLabel(index)
  const itemName = (itemId: string) => {
    const item =
      index.dataset.events.find((e) => e.id === itemId) ??
      index.dataset.workPlans.find((p) => p.id === itemId)
    return item ? pickText(item.name, lang).text : itemId
  }
  return (
    <ScrollTable id="context-organisations" caption={t('context.organisationsCaption')}>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {t('context.column.organisation')}
          </th>
          <th scope="col" role="columnheader">
            {t('context.column.roles')}
          </th>
          <th scope="col" role="columnheader">
            {t('context.column.namedIn')}
          </th>
          <th scope="col" role="columnheader">
            {t('context.column.people')}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {describeInvolvement(index.dataset).map(({ organisation, roles, peopleIds }) => (
          <tr key={organisation.id} role="row">
            <th scope="row" role="rowheader">
              {organisationLabel(organisation, lang)}
            </th>
            <td role="cell" data-label={t('context.column.roles')}>
              {roles.length === 0 ? (
                <span className="not-stated">{t('context.noRole')}</span>
              ) : (
                <ul className="cell-list">
                  {roles.map((role) => (
                    <li key={`${role.kind}-${role.itemId}`}>
                      {t(`context.role.${role.kind}`, { item: itemName(role.itemId) })}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td role="cell" data-label={t('context.column.namedIn')}>
              <ul className="cell-list">
                {organisation.documentIds.map((id) => (
                  <li key={id}>{documentLabel(id)}</li>
                ))}
              </ul>
            </td>
            <td role="cell" data-label={t('context.column.people')}>
              <NameList
                names={peopleIds.map((id) => index.people.get(id)?.name ?? id)}
                label={t('context.column.people')}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}
