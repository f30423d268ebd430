import { useId, useMemo, useRef } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import type { Tab } from '@/features/filters/model/view-params'
import { buildChartModels } from '@/features/charts/model/chart-model'
import { summarizeChart } from '@/features/charts/model/chart-summary'
import { ChartSlot } from '@/features/charts/components/chart-slot'
import { ChartLegend } from '@/features/charts/components/chart-legend'
import { ExportMenu } from '@/features/export/components/export-menu'
import { describeShown } from '@/features/indicator/model/figure-titles'
import { unitsNote } from '@/features/indicator/model/units-note'
import { IndicatorTable } from '@/features/indicator/components/indicator-table'
import { FigureNotes } from '@/features/indicator/components/figure-notes'
import { useLanguage } from '@/lib/language'

interface IndicatorFigureProps {
  title: string
  descriptions: FigureDescription[]
  tab: Tab
  fileStem: string
}

/**
 * One <figure>: the chart or the table, then its title, subtitle, text summary, source and
 * caveats, and the export menu reading the same descriptions.
 */
export function IndicatorFigure({ title, descriptions, tab, fileStem }: IndicatorFigureProps) {
  const { lang, t } = useLanguage()
  const titleId = useId()
  const chartRef = useRef<HTMLDivElement>(null)
  const models = useMemo(() => buildChartModels(descriptions, t), [descriptions, t])
  const subtitle = describeShown(descriptions, lang, t)
  const units = unitsNote(descriptions, lang, t)
  const caption = t('dashboard.table.caption', { title, subtitle })
  const byId = new Map(descriptions.map((d) => [d.figure.id, d]))
  return (
    <figure className="indicator-figure" aria-labelledby={titleId}>
      {tab === 'chart' ? (
        <>
          <div ref={chartRef} className="indicator-figure__chart">
            {models.map((model) => (
              <ChartSlot key={`${model.unit}|${model.currency ?? ''}`} model={model} descriptions={model.rows.map((r) => byId.get(r.key)!)} />
            ))}
          </div>
          <ChartLegend kinds={descriptions.map((d) => d.estimateKind)} imported={[...new Set(descriptions.flatMap((d) => (d.imported ? [d.imported.label] : [])))]} />
        </>
      ) : (
        <IndicatorTable descriptions={descriptions} caption={caption} />
      )}
      <figcaption className="indicator-figure__caption">
        <p id={titleId} className="indicator-figure__title">
          {title}
        </p>
        <p className="indicator-figure__subtitle">{subtitle}</p>
        {units && <p className="indicator-figure__units-note">{units}</p>}
        {tab === 'chart' && (
          <>
            <p className="indicator-figure__summary">{summarizeChart(descriptions, t)}</p>
            <FigureNotes descriptions={descriptions} />
            <details className="indicator-figure__data">
              <summary>{t('dashboard.chart.showData')}</summary>
              <IndicatorTable descriptions={descriptions} caption={caption} />
            </details>
          </>
        )}
        {/* Inside the caption: a <figure>'s figcaption must be its first or last child. */}
        <ExportMenu descriptions={descriptions} title={title} subtitle={subtitle} chartRef={chartRef} fileStem={fileStem} />
      </figcaption>
    </figure>
  )
}
