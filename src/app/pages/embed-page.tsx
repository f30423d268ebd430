// The pages other sites may frame (docs/routes.md): one indicator's chart under the link's
// filters, or one headline figure, each with its title, source, caveats and a link back. None
// of these can be switched off: the embed code is only an address.
import { useEffect, useMemo } from 'react'
import type { PageProps } from '@/app/pages/page-props'
import { describeFigure } from '@/domain/figure-description'
import { pickText } from '@/domain/translate'
import { filterFigures } from '@/features/filters/model/filter-figures'
import { useFigureFilter } from '@/features/filters/use-figure-filter'
import { defaultChartType } from '@/features/charts/model/chart-type'
import { sortFigures } from '@/features/charts/model/sort-figures'
import { FigureCard } from '@/features/figures/components/figure-card'
import { IndicatorFigure } from '@/features/indicator/components/indicator-figure'
import { IndicatorMap } from '@/features/indicator/components/lazy-indicator-map'
import { serializeViewParams } from '@/lib/routing/location'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useLanguage } from '@/lib/language'

/** Tells the framing page how tall the content is, so the frame fits it (public/embed.js). */
function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return
    const report = () =>
      window.parent.postMessage(
        {
          type: 'migration-stats:height',
          height: Math.ceil(document.documentElement.scrollHeight),
        },
        '*',
      )
    const observer = new ResizeObserver(report)
    observer.observe(document.body)
    report()
    return () => observer.disconnect()
  }, [])
}

function NothingHere() {
  const { t } = useLanguage()
  return <p className="status">{t('share.notFound.title')}</p>
}

function BackLink({ href }: { href: string }) {
  const { t } = useLanguage()
  return (
    <p className="embed__back">
      {/* Relative: inside the frame it resolves to this site, whoever frames it. */}
      <a href={href} target="_blank" rel="noopener">
        {t('share.embedBack')}
      </a>
    </p>
  )
}

function EmbedChart({ index }: PageProps) {
  const { lang, t } = useLanguage()
  const { params, checked, filter, notesFor } = useFigureFilter(index)
  const indicator = checked.indicator ? index.indicators.get(checked.indicator) : undefined
  const descriptions = useMemo(() => {
    if (!indicator) return []
    const ofIndicator = index.figures.filter((f) => f.indicatorId === indicator.id)
    const matches = filterFigures(index, ofIndicator, filter)
    const described = matches.map((m) => describeFigure(m, index, lang, t, notesFor))
    return sortFigures(described, params.sort, lang)
  }, [index, indicator, filter, lang, t, notesFor, params.sort])
  if (!indicator || descriptions.length === 0) return <NothingHere />
  return (
    <>
      {params.tab === 'map' ? (
        <IndicatorMap
          index={index}
          title={pickText(indicator.name, lang).text}
          descriptions={descriptions}
          fileStem={indicator.id}
          embedded
        />
      ) : (
        <IndicatorFigure
          title={pickText(indicator.name, lang).text}
          descriptions={descriptions}
          tab={params.tab ?? defaultChartType(descriptions)}
          sort={params.sort}
          onSort={() => undefined}
          fileStem={indicator.id}
          embedded
        />
      )}
      <BackLink href={serializeViewParams(params)} />
    </>
  )
}

function EmbedFigure({ index, figureId }: PageProps & { figureId: string }) {
  const { lang, t } = useLanguage()
  const { params } = useViewParams()
  const figure = index.figures.find((f) => f.id === figureId)
  if (!figure) return <NothingHere />
  const match = { figure, kind: 'own' as const }
  return (
    <>
      <FigureCard description={describeFigure(match, index, lang, t)} headingLevel={2} embedded />
      <BackLink
        href={serializeViewParams({ ...params, view: 'indicator', indicator: figure.indicatorId })}
      />
    </>
  )
}

/** An embeddable chart or figure; an address naming neither shows the not-found message. */
export function EmbedPage({ index }: PageProps) {
  const { page } = useViewParams()
  useReportHeight()
  if (page.kind === 'embed-figure') return <EmbedFigure index={index} figureId={page.figureId} />
  return <EmbedChart index={index} />
}
