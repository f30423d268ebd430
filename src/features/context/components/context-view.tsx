import { useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { buildTimeline } from '@/features/context/model/timeline'
import { TimelineList } from '@/features/context/components/timeline-list'
import { OrganisationsTable } from '@/features/context/components/organisations-table'
import { PeopleTable } from '@/features/context/components/people-table'
import { useLanguage } from '@/lib/language'

/** The events and work plan around the figures, who was involved, and who is quoted. */
export function ContextView({ index }: { index: DatasetIndex }) {
  const { t } = useLanguage()
  const timeline = useMemo(() => buildTimeline(index.dataset), [index])
  const empty = timeline.dated.length === 0 && timeline.undated.length === 0
  return (
    <div className="context-view">
      <h2>{t('context.heading')}</h2>
      <p className="view-intro">{t('context.intro')}</p>
      <section aria-labelledby="context-timeline">
        <h3 id="context-timeline">{t('context.timelineHeading')}</h3>
        {empty ? (
          <p>{t('context.nothing')}</p>
        ) : (
          <>
            <p className="section-note">{t('context.timelineNote')}</p>
            {timeline.dated.length > 0 && <TimelineList items={timeline.dated} index={index} />}
          </>
        )}
      </section>
      {timeline.undated.length > 0 && (
        <section aria-labelledby="context-undated">
          <h3 id="context-undated">{t('context.undatedHeading')}</h3>
          <p className="section-note">{t('context.undatedNote')}</p>
          <TimelineList items={timeline.undated} index={index} />
        </section>
      )}
      <section aria-labelledby="context-organisations-heading">
        <h3 id="context-organisations-heading">{t('context.organisationsHeading')}</h3>
        <OrganisationsTable index={index} />
      </section>
      <section aria-labelledby="context-people-heading">
        <h3 id="context-people-heading">{t('context.peopleHeading')}</h3>
        <PeopleTable index={index} />
      </section>
    </div>
  )
}
