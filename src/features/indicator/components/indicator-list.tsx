import type { DatasetIndex } from '@/domain/dataset-index'
import { pickText } from '@/domain/translate'
import { ViewLink } from '@/lib/routing/view-link'
import { useLanguage } from '@/lib/language'

/** When the link names no indicator (or one the data lacks): the indicators there are. */
export function IndicatorList({ index }: { index: DatasetIndex }) {
  const { lang, t } = useLanguage()
  return (
    <section className="indicator-list">
      <h2>{t('dashboard.indicator.choose')}</h2>
      <ul className="link-list link-list--stacked">
        {index.dataset.indicators.map((indicator) => (
          <li key={indicator.id}>
            <ViewLink patch={{ view: 'indicator', indicator: indicator.id }}>
              {pickText(indicator.name, lang).text}
            </ViewLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
