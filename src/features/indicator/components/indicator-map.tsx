import { useId, useMemo, useRef, useState } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { FigureDescription } from '@/domain/figure-description'
import { checkComparability } from '@/features/charts/model/comparability'
import { ExportMenu } from '@/features/export/components/export-menu'
import { MapSlot } from '@/features/map/components/map-slot'
import { MapTable } from '@/features/map/components/map-table'
import { PeriodSelect } from '@/features/map/components/period-select'
import { buildMapModel } from '@/features/map/model/map-model'
import { chooseMapPeriod, figuresOfPeriod, listMapPeriods } from '@/features/map/model/map-periods'
import { summarizeMap } from '@/features/map/model/map-summary'
import { FigureNotes } from '@/features/indicator/components/figure-notes'
import { describeShown } from '@/features/indicator/model/figure-titles'
import { CopyEmbed } from '@/features/share/components/copy-embed'
import { embedChartHref } from '@/lib/routing/location'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useLanguage } from '@/lib/language'

// For the tab's prefetch (lazy-indicator-map.tsx): the drawing is a chunk of its own.
export { loadCountryMap } from '@/features/map/components/map-slot'

interface IndicatorMapProps {
  index: DatasetIndex
  title: string
  /** The view's figures in the view's order; the map shows those of one period. */
  descriptions: FigureDescription[]
  fileStem: string
  /** On a page framed by another site: no export menu (the embed is for reading). */
  embedded?: boolean
}

/**
 * The Map tab: one period's figures on a map (drawn on demand), the period to choose, the map
 * in words and as a table, and the same caption and export menu as every chart, with the
 * boundary disclaimer among the view's notes.
 */
export function IndicatorMap({
  index,
  title,
  descriptions,
  fileStem,
  embedded = false,
}: IndicatorMapProps) {
  const { lang, t } = useLanguage()
  // The period is in the link (?period=2019), so a shared map opens on the same period.
  const { params, setParams } = useViewParams()
  const asked = params.period
  const titleId = useId()
  const tableId = `map-table-${useId().replace(/:/g, '')}`
  const mapRef = useRef<HTMLDivElement>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [tableOpen, setTableOpen] = useState(false)
  const periods = useMemo(() => listMapPeriods(descriptions), [descriptions])
  const period = chooseMapPeriod(descriptions, periods, asked)
  const shown = useMemo(
    () => (period ? figuresOfPeriod(descriptions, period.key) : []),
    [descriptions, period],
  )
  const periodLabel = period?.label ?? ''
  const model = useMemo(
    () => buildMapModel(shown, index.geographies, periodLabel, lang, t),
    [shown, index.geographies, periodLabel, lang, t],
  )
  const summary = summarizeMap(model, t)
  const subtitle = describeShown(shown, lang, t)
  const notes = [...checkComparability(shown, lang, t).map((g) => g.text), t('map.disclaimer')]
  const marks = [...model.countries, ...model.members]
  const detail = marks.find((m) => m.code === selected)?.label
  const openTable = () => {
    setTableOpen(true)
    // The table is drawn open on the next render; then it takes the focus.
    window.setTimeout(() => document.getElementById(tableId)?.focus(), 0)
  }
  return (
    <figure
      className="indicator-figure indicator-map"
      aria-labelledby={titleId}
      data-chart-type="map"
    >
      {period && (
        <PeriodSelect
          periods={periods}
          value={period.key}
          onChange={(key) => {
            setParams({ period: key })
            setSelected(null)
          }}
        />
      )}
      <a
        className="map-skip"
        href={`#${tableId}`}
        onClick={(event) => {
          event.preventDefault()
          openTable()
        }}
      >
        {t('map.skip')}
      </a>
      <div ref={mapRef} className="indicator-figure__chart">
        <MapSlot
          model={model}
          label={t('map.label', { title, period: periodLabel })}
          selected={selected}
          onSelect={setSelected}
          summary={summary}
          drawKey={`${period?.key}:${shown.map((d) => d.figure.id).join('|')}`}
        />
      </div>
      {marks.length > 0 && (
        <p className="map-detail" aria-live="polite">
          {detail ?? t('map.hint')}
        </p>
      )}
      <p className="map-disclaimer">{t('map.disclaimer')}</p>
      <figcaption className="indicator-figure__caption">
        <p id={titleId} className="indicator-figure__title">
          {title}
        </p>
        <p className="indicator-figure__subtitle">{subtitle}</p>
        <p className="indicator-figure__summary">{summary}</p>
        <FigureNotes descriptions={shown} />
        <details
          className="indicator-figure__data"
          open={tableOpen}
          onToggle={(event) => setTableOpen(event.currentTarget.open)}
        >
          <summary>{t('map.details')}</summary>
          <MapTable
            model={model}
            id={tableId}
            caption={t('map.table.caption', { title, period: periodLabel })}
          />
        </details>
        {!embedded && (
          <ExportMenu
            descriptions={shown}
            title={title}
            subtitle={subtitle}
            chartRef={mapRef}
            fileStem={`${fileStem}-map`}
            notes={notes}
            drawingHasLegend
          />
        )}
        {!embedded && !shown.some((d) => d.imported) && (
          <CopyEmbed embedPath={embedChartHref(params, fileStem)} title={title} />
        )}
      </figcaption>
    </figure>
  )
}
