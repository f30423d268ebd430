import { lazy, Suspense } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFigure, type NotesFor } from '@/domain/figure-description'
import { pickText } from '@/domain/translate'
import type { FigureFilter } from '@/features/filters/model/filter-figures'
import { NoMatch } from '@/features/filters/components/no-match'
import { ViewLink } from '@/lib/routing/view-link'
import { FigureCard } from '@/features/figures/components/figure-card'
import { pickHeadline, type IndicatorMatches } from '@/features/indicator/model/headline'
import { HeadlineSummary } from '@/features/indicator/components/headline-summary'
import { useLanguage } from '@/lib/language'
import { loadGroup } from '@/lib/i18n'

// Its own chunk with its messages, after the first view (the prerendered page already holds the drawing).
const SmallChart = lazy(() =>
  Promise.all([import('@/features/charts/components/small-chart'), loadGroup('indicator')]).then(
    ([m]) => ({ default: m.SmallChart }),
  ),
)
/** Beyond this many figures a small chart says nothing a card can show; the indicator's chart does. */
const SMALL_CHART_MAX = 2000

/** On the overview: an indicator's headline figure, with a link to all its figures as chart and table. */
export function IndicatorHeadline({
  index,
  entry,
  filter,
  notesFor,
}: {
  index: DatasetIndex
  entry: IndicatorMatches
  filter: FigureFilter
  notesFor?: NotesFor
}) {
  const { lang, t } = useLanguage()
  const { indicator, matches } = entry
  const name = pickText(indicator.name, lang).text
  const headline = pickHeadline(index, matches)
  if (!headline) {
    const ofIndicator = index.figures.filter((f) => f.indicatorId === indicator.id)
    return (
      <div className="headline headline--empty">
        <h3 className="headline__title">{name}</h3>
        <NoMatch index={index} filter={filter} figures={ofIndicator} subject={name} />
      </div>
    )
  }
  return (
    <div className="headline">
      <FigureCard
        description={describeFigure(headline, index, lang, t, notesFor)}
        compact
        chart={
          matches.length > 1 && matches.length <= SMALL_CHART_MAX ? (
            <Suspense fallback={null}>
              <SmallChart index={index} matches={matches} />
            </Suspense>
          ) : undefined
        }
      />
      <HeadlineSummary index={index} matches={matches} />
      <p className="headline__more">
        <ViewLink patch={{ view: 'indicator', indicator: indicator.id }}>
          {t('dashboard.overview.open', { indicator: name, count: matches.length })}
        </ViewLink>
      </p>
    </div>
  )
}
