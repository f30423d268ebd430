import type { DatasetIndex } from '@/domain/dataset-index'
import type { TimelineItem } from '@/features/context/model/timeline'
import { EventEntry } from '@/features/context/components/event-entry'
import { WorkPlanEntry } from '@/features/context/components/work-plan-entry'

/** Timeline items in the order given; each is an event or a work plan. */
export function TimelineList({ items, index }: { items: TimelineItem[]; index: DatasetIndex }) {
  return (
    <ol className="timeline">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className="timeline__item">
          {item.kind === 'event' ? (
            <EventEntry event={item.event} basis={item.basis} index={index} />
          ) : (
            <WorkPlanEntry plan={item.plan} basis={item.basis} index={index} />
          )}
        </li>
      ))}
    </ol>
  )
}
