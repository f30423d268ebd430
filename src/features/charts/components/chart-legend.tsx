import { createElement, useId, type ReactNode } from 'react'
import type { EstimateKind } from '@/domain/dataset-schema'
import {
  legendOrder,
  swatchShapes,
  SWATCH_HEIGHT,
  SWATCH_WIDTH,
  type SvgNode,
} from '@/features/charts/model/legend-swatch'
import { useLanguage } from '@/lib/language'

function draw(nodes: SvgNode[]): ReactNode[] {
  return nodes.map(({ tag, attrs, children }, i) =>
    createElement(tag, { key: i, ...attrs }, children ? draw(children) : undefined),
  )
}

function Swatch({ kind }: { kind: EstimateKind }) {
  const fadeId = `legend-fade-${useId().replace(/:/g, '')}`
  return (
    <svg
      width={SWATCH_WIDTH}
      height={SWATCH_HEIGHT}
      viewBox={`0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      {draw(swatchShapes(kind, fadeId))}
    </svg>
  )
}

/**
 * How each estimate kind present in the chart is drawn, in words beside a sample; and, when the
 * chart holds imported figures, what "imported" means and which files they came from.
 */
export function ChartLegend({
  kinds,
  imported = [],
}: {
  kinds: EstimateKind[]
  imported?: string[]
}) {
  const { t } = useLanguage()
  const shown = legendOrder.filter((k) => kinds.includes(k))
  return (
    <ul className="chart-legend" aria-label={t('dashboard.chart.legend')}>
      {shown.map((kind) => (
        <li key={kind}>
          <Swatch kind={kind} /> {t(`dashboard.chart.legendItem.${kind}`)}
        </li>
      ))}
      {imported.length > 0 && (
        <li className="chart-legend__imported">
          <span className="badge badge--imported">{t('figure.importedBadge')}</span>{' '}
          {t('dashboard.chart.legendImported', { origins: imported.join('; ') })}
        </li>
      )}
    </ul>
  )
}
