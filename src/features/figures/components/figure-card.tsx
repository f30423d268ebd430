import type { ReactNode } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import { useLanguage } from '@/lib/language'
import { CaveatList } from '@/features/figures/components/caveat-list'
import { ViewNotes } from '@/features/figures/components/view-notes'
import { DefinitionLinks } from '@/features/definitions/components/definition-links'
import { ExportMenu } from '@/features/export/components/export-menu'
import { FigureReportActions } from '@/features/export/components/figure-report-actions'
import { CopyEmbed } from '@/features/share/components/copy-embed'
import { embedFigureHref } from '@/lib/routing/location'
import { useViewParams } from '@/lib/routing/use-view-params'

/**
 * A headline figure: value, what it is, its coverage, caveats and source in one <figure>.
 * `children` adds to the caption (the sources view puts the evidence there, in the same <figure>).
 */
export function FigureCard({
  description: d,
  headingLevel = 3,
  compact = false,
  chart,
  embedded = false,
  children,
}: {
  description: FigureDescription
  headingLevel?: 2 | 3 | 4 | 5
  /** On the overview: two caveats show, the rest open in place from a visible control. */
  compact?: boolean
  /** A small chart of the indicator's figures, beside the value. */
  chart?: ReactNode
  /** On a page framed by another site: no export menu (the embed is for reading). */
  embedded?: boolean
  children?: ReactNode
}) {
  const { t } = useLanguage()
  const { params } = useViewParams()
  const Heading = `h${headingLevel}` as const
  const titleId = `figure-${d.figure.id}-title`
  return (
    <figure
      className={compact ? 'figure-card figure-card--compact' : 'figure-card'}
      aria-labelledby={titleId}
      data-figure-id={d.figure.id}
    >
      <Heading id={titleId} className="figure-card__title">
        <span lang={d.indicatorName.fallback ? d.indicatorName.lang : undefined}>
          {d.indicatorName.text}
        </span>
      </Heading>
      <p className="figure-card__where">
        {d.placeName.text} · {d.period}
        {d.isAggregate && <span className="badge">{t('figure.aggregateBadge')}</span>}
        {d.figure.origin.kind === 'imported' && (
          <span className="badge badge--imported">{t('figure.importedBadge')}</span>
        )}
      </p>
      <p className="figure-card__value">{d.valueWithUnit}</p>
      {d.imported && <p className="origin-line">{d.imported.label}</p>}
      <p className="figure-card__kind">{d.estimateKindLabel}</p>
      {chart}
      {!embedded && (
        <ExportMenu
          descriptions={[d]}
          title={d.indicatorName.text}
          subtitle={`${d.placeName.text} · ${d.period}`}
          fileStem={d.figure.indicatorId}
        />
      )}
      {!embedded && d.figure.origin.kind === 'built-in' && (
        <CopyEmbed
          embedPath={embedFigureHref(params.lang, d.figure.id)}
          title={d.indicatorName.text}
        />
      )}
      <figcaption className="figure-card__caption">
        <p className="figure-card__coverage">
          <strong>{t('figure.coverage')}</strong> {d.coverage}
        </p>
        <CaveatList caveats={d.caveats} visible={compact ? 2 : undefined} />
        <ViewNotes notes={d.viewNotes} />
        <p className="source-line">{d.sourceLine}</p>
        {!embedded && <FigureReportActions description={d} />}
        <DefinitionLinks ids={d.definitionIds} />
        {children}
      </figcaption>
    </figure>
  )
}
