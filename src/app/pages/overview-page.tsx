import { useMemo } from 'react'
import type { PageProps } from '@/app/pages/page-props'
import { ParamNotices } from '@/features/navigation/components/param-notices'
import { filterFigures } from '@/features/filters/model/filter-figures'
import { useFigureFilter } from '@/features/filters/use-figure-filter'
import { useImportedMark } from '@/features/filters/use-imported-mark'
import { FilterPanel } from '@/features/filters/components/filter-panel'
import { NoMatch } from '@/features/filters/components/no-match'
import { indicatorsOfTheme } from '@/features/indicator/model/headline'
import { IndicatorHeadline } from '@/features/indicator/components/indicator-headline'
import { SendImportedFigures } from '@/features/export/components/send-imported-later'
import { useLanguage } from '@/lib/language'

const themes = ['smuggling', 'returns'] as const

/** Each indicator's headline figure, grouped by theme, under the country/region and year filters. */
export function OverviewPage({ index }: PageProps) {
  const { t } = useLanguage()
  const { checked, filter, notesFor } = useFigureFilter(index)
  const matches = useMemo(() => filterFigures(index, index.figures, filter), [index, filter])
  useImportedMark(index, matches)
  // An empty dataset is reported by DataStatus; there is nothing to filter.
  if (index.figures.length === 0) return <ParamNotices notices={checked.notices} />
  return (
    <>
      <ParamNotices notices={checked.notices} />
      <FilterPanel
        index={index}
        filter={filter}
        shownCount={matches.length}
        showsAggregates={matches.some((m) => m.kind === 'aggregate')}
      />
      <SendImportedFigures index={index} matches={matches} />
      {matches.length === 0 ? (
        <NoMatch index={index} filter={filter} figures={index.figures} />
      ) : (
        <div className="themes">
          {themes.map((theme) => {
            const entries = indicatorsOfTheme(index, theme, matches)
            if (entries.length === 0) return null
            // Themes with one or two cards share a row on a wide screen (styles.css), so the
            // overview reads at a glance; a theme with more cards takes the row for itself.
            const width = entries.length === 1 ? 'one' : entries.length === 2 ? 'two' : 'many'
            return (
              <section
                key={theme}
                aria-labelledby={`theme-${theme}`}
                className={`theme theme--${width}`}
              >
                <h2 id={`theme-${theme}`}>{t(`theme.${theme}`)}</h2>
                <div className="figure-grid">
                  {entries.map((entry) => (
                    <IndicatorHeadline
                      key={entry.indicator.id}
                      index={index}
                      entry={entry}
                      filter={filter}
                      notesFor={notesFor}
                    />
                  ))}
                </div>
              </section>
            )
          })}
        </div>
      )}
    </>
  )
}
