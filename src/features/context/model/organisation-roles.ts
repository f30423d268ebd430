// What each organisation does in the documents' events and work plans, from the records alone.
import type { Dataset, Organisation } from '@/domain/dataset-schema'

export type OrganisationRoleKind = 'organiser' | 'supporter' | 'plan-owner' | 'plan-support'

export interface OrganisationRole {
  kind: OrganisationRoleKind
  /** The event or work plan the role is in. */
  itemId: string
}

export interface OrganisationInvolvement {
  organisation: Organisation
  roles: OrganisationRole[]
  /** Ids of the people named in the documents who belong to it. */
  peopleIds: string[]
}

/** Every organisation in the dataset's order, with its roles in events and work plans. */
export function describeInvolvement(
  dataset: Pick<Dataset, 'organisations' | 'events' | 'workPlans' | 'people'>,
): OrganisationInvolvement[] {
  return dataset.organisations.map((organisation) => {
    const id = organisation.id
    const roles: OrganisationRole[] = []
    for (const event of dataset.events) {
      if (event.organiserIds.includes(id)) roles.push({ kind: 'organiser', itemId: event.id })
      if (event.supporterIds.includes(id)) roles.push({ kind: 'supporter', itemId: event.id })
    }
    for (const plan of dataset.workPlans) {
      if (plan.ownerId === id) roles.push({ kind: 'plan-owner', itemId: plan.id })
      if (plan.supportIds.includes(id)) roles.push({ kind: 'plan-support', itemId: plan.id })
    }
    return {
      organisation,
      roles,
      peopleIds: dataset.people.filter((p) => p.organisationId === id).map((p) => p.id),
    }
  })
}
