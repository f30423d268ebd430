import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFilter, describeYears, placeName } from '@/features/filters/model/describe-filter'
import { findAlternatives, type Alternatives } from '@/features/filters/model/find-alternatives'
import type { DatasetFigure } from '@/domain/dataset-index'
import type { FigureFilter } from '@/features/filters/model/filter-figures'
import { ViewLink } from '@/lib/routing/view-link'
import { useLanguage } from '@/lib/language'

interface NoMatchNoticeProps {
  index: DatasetIndex
  filter: FigureFilter
  alternatives: Alternatives
  /** What found nothing, e.g. the indicator's name; the whole dashboard when absent. */
  subject?: string
}

/** Nothing matches: say so, and link to what does exist (other years, places, covering regions). */
export function NoMatchNotice({ index, filter, alternatives, subject }: NoMatchNoticeProps) {
  const { lang, t } = useLanguage()
  const { years, places, coveringAreas } = alternatives
  const where = describeFilter(index, filter, lang, t)
  return (
    <div className="no-match" role="status">
      <p className="no-match__title">
        {subject
          ? t('dashboard.empty.noneFor', { subject, filter: where })
          : t('dashboard.empty.none', { filter: where })}
      </p>
      {years.length > 0 && (
        <div className="no-match__group">
          <p>{t('dashboard.empty.otherYears')}</p>
          <ul className="link-list">
            {years.map((year) => (
              <li key={year}>
                <ViewLink patch={{ years: { from: year, to: year } }}>{String(year)}</ViewLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      {places.length > 0 && (
        <div className="no-match__group">
          <p>
            {filter.years
              ? t('dashboard.empty.otherPlaces', { years: describeYears(filter.years, lang, t) })
              : t('dashboard.empty.otherPlacesAnyYear')}
          </p>
          <ul className="link-list">
            {places.map((code) => (
              <li key={code}>
                <ViewLink patch={{ places: [code] }}>{placeName(index, code, lang)}</ViewLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      {coveringAreas.length > 0 && (
        <div className="no-match__group">
          <p>{t('dashboard.empty.coveringAreas')}</p>
          <ul className="link-list">
            {coveringAreas.map((area) => (
              <li key={area.code}>
                {area.figureCount > 0 ? (
                  <ViewLink patch={{ places: [area.code] }}>
                    {placeName(index, area.code, lang)}
                  </ViewLink>
                ) : (
                  <span>
                    {t('dashboard.empty.areaWithoutFigures', {
                      name: placeName(index, area.code, lang),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <ViewLink patch={{ places: [], years: null }}>{t('dashboard.empty.showAll')}</ViewLink>
      </p>
    </div>
  )
}

/** The notice for these figures under the filter, with what would match instead. */
export function NoMatchFor({
  figures,
  ...props
}: Omit<NoMatchNoticeProps, 'alternatives'> & { figures: DatasetFigure[] }) {
  return (
    <NoMatchNotice {...props} alternatives={findAlternatives(props.index, figures, props.filter)} />
  )
}
