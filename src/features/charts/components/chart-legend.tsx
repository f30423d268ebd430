import { useId } from 'react'
import type { EstimateKind } from '@/domain/dataset-schema'
import { chartPalette } from '@/features/charts/model/palette'
import { useLanguage } from '@/lib/language'

const order: EstimateKind[] = ['point', 'lower-bound', 'range']

function Swatch({ kind }: { kind: EstimateKind }) {
  const c = chartPalette.bar
  const fadeId = `legend-fade-${useId().replace(/:/g, '')}`
  return (
    <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
      {kind === 'point' && <rect x="0" y="3" width="36" height="8" fill={c} />}
      {kind === 'lower-bound' && (
        <>
          <defs>
            <linearGradient id={fadeId} x1="0" x2="1">
              <stop offset="0" stopColor={c} stopOpacity={0.55} />
              <stop offset="1" stopColor={c} stopOpacity={0.04} />
            </linearGradient>
          </defs>
          <rect x="0" y="3" width="16" height="8" fill={c} />
          <rect x="16" y="3" width="16" height="8" fill={`url(#${fadeId})`} />
          <path d="M 32 2 L 38 7 L 32 12" fill="none" stroke={c} strokeWidth="1.5" />
        </>
      )}
      {kind === 'range' && (
        <>
          <rect x="8" y="3" width="24" height="8" fill={c} fillOpacity={0.3} stroke={c} />
          <line x1="8" x2="8" y1="0" y2="14" stroke={c} strokeWidth="2" />
          <line x1="32" x2="32" y1="0" y2="14" stroke={c} strokeWidth="2" />
        </>
      )}
    </svg>
  )
}

/** How each estimate kind present in the chart is drawn, in words beside a sample. */
export function ChartLegend({ kinds }: { kinds: EstimateKind[] }) {
  const { t } = useLanguage()
  const shown = order.filter((k) => kinds.includes(k))
  return (
    <ul className="chart-legend" aria-label={t('dashboard.chart.legend')}>
      {shown.map((kind) => (
        <li key={kind}>
          <Swatch kind={kind} /> {t(`dashboard.chart.legendItem.${kind}`)}
        </li>
      ))}
    </ul>
  )
}
