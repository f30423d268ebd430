import { useId, useMemo, useRef } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import type { SortState, Tab } from '@/lib/routing/view-params'
import { buildChartModels } from '@/features/charts/model/chart-model'
import { summarizeChart } from '@/features/charts/model/chart-summary'
import { checkComparability } from '@/features/charts/model/comparability'
import { describeRanking } from '@/features/charts/model/shape-summary'
import { ChartSlot, type ChartDrawing } from '@/features/charts/components/chart-slot'
import { ChartLegend } from '@/features/charts/components/chart-legend'
import { ChartTextAlternative } from '@/features/charts/components/chart-text-alternative'
import { ExportMenu } from '@/features/export/components/export-menu'
import { describeShown } from '@/features/indicator/model/figure-titles'
import { IndicatorTable } from '@/features/indicator/components/indicator-table'
import { FigureNotes } from '@/features/indicator/components/figure-notes'
import { useLanguage } from '@/lib/language'
import { loadOnce } from '@/lib/load-once'
import { useLoaded } from '@/lib/use-loaded'
import { CopyEmbed } from '@/features/share/components/copy-embed'
import { embedChartHref } from '@/lib/routing/location'
import { useViewParams } from '@/lib/routing/use-view-params'
import type { Language, Translate } from '@/domain/translate'

interface IndicatorFigureProps {
  title: string
  /** The figures shown, in the view's order. */
  descriptions: FigureDescription[]
  /** The map has its own figure (indicator-map.tsx). */
  tab: Exclude<Tab, 'map'>
  sort: SortState
  onSort: (sort: SortState) => void
  fileStem: string
  /** On a page framed by another site: no export menu (the embed is for reading). */
  embedded?: boolean
}

interface Drawn {
  drawing: ChartDrawing
  descriptions: FigureDescription[]
  summary: string
}

// The Line tab's planning (and its trend sentences) loads when the tab is chosen.
const loadLines = loadOnce(() => import('@/features/indicator/model/plan-lines'))

/** The ranked bars of each unit, with the ranking (or the one figure) in words. */
function planBars(descriptions: FigureDescription[], lang: Language, t: Translate): Drawn[] {
  const byId = new Map(descriptions.map((d) => [d.figure.id, d]))
  return buildChartModels(descriptions, t).map((model) => {
    const shown = model.rows.map((r) => byId.get(r.key)!)
    // Several figures: the ranking in words (each figure is listed under the chart and in the table).
    const summary = shown.length > 1 ? describeRanking(shown, lang, t) : summarizeChart(shown, t)
    return { drawing: { type: 'bar' as const, model }, descriptions: shown, summary }
  })
}

/**
 * One <figure>: the chart (line or ranked bars) or the table, the comparability guard beside it,
 * then its title, subtitle, text summary, source and caveats, and the export menu reading the
 * same descriptions and notes.
 */
export function IndicatorFigure({
  title,
  descriptions,
  tab,
  sort,
  onSort,
  fileStem,
  embedded = false,
}: IndicatorFigureProps) {
  const { lang, t } = useLanguage()
  const { params } = useViewParams()
  const titleId = useId()
  const chartRef = useRef<HTMLDivElement>(null)
  const guard = useMemo(() => checkComparability(descriptions, lang, t), [descriptions, lang, t])
  const lines = useLoaded(loadLines, tab === 'line')
  const plan = useMemo((): { charts: Drawn[]; notes: string[] } => {
    if (tab === 'bar') return { charts: planBars(descriptions, lang, t), notes: [] }
    if (tab === 'table' || !lines.value) return { charts: [], notes: [] }
    const planned = lines.value.planLines(descriptions, lang, t)
    return {
      charts: planned.charts.map((c) => ({
        ...c,
        drawing: { type: 'line' as const, panel: c.panel },
      })),
      notes: planned.notes,
    }
  }, [descriptions, tab, lang, t, lines.value])
  const notes = [...guard.map((g) => g.text), ...plan.notes]
  const imported = [...new Set(descriptions.flatMap((d) => (d.imported ? [d.imported.label] : [])))]
  const subtitle = describeShown(descriptions, lang, t)
  const caption = t('dashboard.table.caption', { title, subtitle })
  const table = (
    <IndicatorTable descriptions={descriptions} caption={caption} sort={sort} onSort={onSort} />
  )
  return (
    <figure className="indicator-figure" aria-labelledby={titleId} data-chart-type={tab}>
      {guard.length > 0 && (
        <aside className="chart-guard" aria-labelledby={`${titleId}-guard`}>
          <p id={`${titleId}-guard`} className="chart-guard__title">
            {t('dashboard.guard.title')}
          </p>
          <ul>
            {guard.map((g) => (
              <li key={g.kind} data-guard={g.kind}>
                {g.text}
              </li>
            ))}
          </ul>
        </aside>
      )}
      {tab === 'table' ? (
        table
      ) : (
        <>
          <div ref={chartRef} className="indicator-figure__chart">
            {tab === 'line' && !lines.value && (
              <ChartTextAlternative
                descriptions={descriptions}
                note={t(lines.failed ? 'dashboard.chart.failed' : 'dashboard.chart.loading')}
              />
            )}
            {plan.charts.map((c, i) => (
              <ChartSlot
                key={i}
                drawing={c.drawing}
                descriptions={c.descriptions}
                summary={c.summary}
              />
            ))}
          </div>
          {/* Line charts draw their own legend of marks (in the SVG, so exports keep it); imported files are named here for every type. */}
          {(tab === 'bar' || imported.length > 0) && (
            <ChartLegend
              kinds={tab === 'bar' ? descriptions.map((d) => d.estimateKind) : []}
              imported={imported}
            />
          )}
          {plan.notes.length > 0 && (
            <ul className="chart-notes">
              {plan.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <figcaption className="indicator-figure__caption">
        <p id={titleId} className="indicator-figure__title">
          {title}
        </p>
        <p className="indicator-figure__subtitle">{subtitle}</p>
        {tab !== 'table' && (
          <>
            {/* The shape in words, then every figure in words (imported ones with their origin). */}
            <p className="indicator-figure__summary">
              {[
                ...new Set([...plan.charts.map((c) => c.summary), summarizeChart(descriptions, t)]),
              ].join(' ')}
            </p>
            <FigureNotes descriptions={descriptions} />
            <details className="indicator-figure__data">
              <summary>{t('dashboard.chart.showData')}</summary>
              {table}
            </details>
          </>
        )}
        {/* Inside the caption: a <figure>'s figcaption must be its first or last child. */}
        {!embedded && (
          <ExportMenu
            descriptions={descriptions}
            title={title}
            subtitle={subtitle}
            chartRef={chartRef}
            fileStem={fileStem}
            notes={notes}
            drawingHasLegend={tab === 'line'}
          />
        )}
        {!embedded && imported.length === 0 && (
          <CopyEmbed embedPath={embedChartHref(params, fileStem)} title={title} />
        )}
      </figcaption>
    </figure>
  )
}
