// The context view's order: items the documents date come first, oldest first; items the
// documents leave undated follow, each with its note on what is not stated. Nothing is guessed:
// a missing year stays missing rather than being inferred from the press release.
import type { Dataset, MigrationEvent, WorkPlan } from '@/domain/dataset-schema'

/** What an item's place on the timeline rests on. */
export type DateBasis =
  | { kind: 'start'; date: string }
  | { kind: 'completed-by'; date: string }
  | { kind: 'period-start'; year: number }

export type TimelineItem =
  | { kind: 'event'; id: string; event: MigrationEvent; basis: DateBasis | null }
  | { kind: 'work-plan'; id: string; plan: WorkPlan; basis: DateBasis | null }

export interface Timeline {
  /** Ascending by the date each item is placed by; ties in the dataset's order. */
  dated: TimelineItem[]
  /** Items for which the documents give no date to place them by, in the dataset's order. */
  undated: TimelineItem[]
}

export function eventDateBasis(event: MigrationEvent): DateBasis | null {
  if (event.start) return { kind: 'start', date: event.start }
  if (event.end) return { kind: 'completed-by', date: event.end }
  return null
}

export function workPlanDateBasis(plan: WorkPlan): DateBasis {
  return { kind: 'period-start', year: plan.periodStart }
}

/** A sortable key: an ISO date, or a year's first day. */
function sortKey(basis: DateBasis): string {
  return basis.kind === 'period-start' ? `${String(basis.year).padStart(4, '0')}-01-01` : basis.date
}

export function buildTimeline(dataset: Pick<Dataset, 'events' | 'workPlans'>): Timeline {
  const items: TimelineItem[] = [
    ...dataset.events.map((event): TimelineItem => ({
      kind: 'event',
      id: event.id,
      event,
      basis: eventDateBasis(event),
    })),
    ...dataset.workPlans.map((plan): TimelineItem => ({
      kind: 'work-plan',
      id: plan.id,
      plan,
      basis: workPlanDateBasis(plan),
    })),
  ]
  const dated = items
    .map((item, order) => ({ item, order }))
    .filter((entry) => entry.item.basis !== null)
    .sort((a, b) => {
      const byDate = sortKey(a.item.basis as DateBasis).localeCompare(
        sortKey(b.item.basis as DateBasis),
      )
      return byDate !== 0 ? byDate : a.order - b.order
    })
    .map((entry) => entry.item)
  return { dated, undated: items.filter((item) => item.basis === null) }
}
