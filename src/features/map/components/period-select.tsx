import { useId } from 'react'
import { useLanguage } from '@/lib/language'
import type { MapPeriod } from '@/features/map/model/map-periods'

/** Which period the map shows, when the view's figures span several: one map per period. */
export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: MapPeriod[]
  value: string
  onChange: (key: string) => void
}) {
  const { t } = useLanguage()
  const id = useId()
  if (periods.length < 2) return null
  return (
    <p className="map-period">
      <label htmlFor={id}>{t('map.period.label')}</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {periods.map((p) => (
          <option key={p.key} value={p.key}>
            {t('map.period.option', { period: p.label, count: p.count })}
          </option>
        ))}
      </select>
    </p>
  )
}
