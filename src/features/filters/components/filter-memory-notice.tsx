import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFilter } from '@/features/filters/model/describe-filter'
import { useFilterMemory } from '@/features/filters/stores/filter-memory-store'
import { useLanguage } from '@/lib/language'

/** Says when the last filter was restored, or when a saved one was unreadable and discarded. */
export function FilterMemoryNotice({ index }: { index: DatasetIndex }) {
  const { lang, t } = useLanguage()
  const restored = useFilterMemory((s) => s.restored)
  const discarded = useFilterMemory((s) => s.discarded)
  const dismiss = useFilterMemory((s) => s.dismissNotices)
  if (!restored && !discarded) return null
  return (
    <div className={`status ${discarded ? 'status--warning' : ''} filter-memory`} role="status">
      {restored && (
        <p>
          {t('dashboard.memory.restored', { filter: describeFilter(index, restored, lang, t) })}
        </p>
      )}
      {discarded && <p>{t('dashboard.memory.discarded')}</p>}
      <button type="button" onClick={dismiss}>
        {t('dashboard.memory.dismiss')}
      </button>
    </div>
  )
}
