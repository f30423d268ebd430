// A page other sites may frame (docs/routes.md): one headline figure. Its source, caveats and
// link back cannot be switched off: the embed code is only an address.
import type { PageProps } from '@/app/pages/page-props'
import { BackLink, NothingHere, useReportHeight } from '@/app/pages/embed-parts'
import { describeFigure } from '@/domain/figure-description'
import { FigureCard } from '@/features/figures/components/figure-card'
import { serializeViewParams } from '@/lib/routing/location'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useLanguage } from '@/lib/language'

/** One headline figure, with its source, caveats and a link back to its indicator. */
export function EmbedFigurePage({ index }: PageProps) {
  const { lang, t } = useLanguage()
  const { params, page } = useViewParams()
  useReportHeight()
  const figureId = page.kind === 'embed-figure' ? page.figureId : ''
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
