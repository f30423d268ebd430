import { useId, useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { yearsWithFigures } from '@/domain/dataset-index'
import type { YearSpan } from '@/lib/routing/view-params'
import { withFromYear, withToYear, yearOptions } from '@/features/filters/model/year-options'
import { useLanguage } from '@/lib/language'

interface YearRangeSelectProps {
  index: DatasetIndex
  years: YearSpan | null
  onChange: (years: YearSpan | null) => void
}

/** One year or a span: pick the same year twice for a single year. Years without figures say so. */
export function YearRangeSelect({ index, years, onChange }: YearRangeSelectProps) {
  const { t } = useLanguage()
  const id = useId()
  const known = useMemo(() => yearsWithFigures(index), [index])
  const options = useMemo(() => yearOptions(known, years), [known, years])
  const hasPeriods = useMemo(() => index.figures.some((f) => f.period !== undefined), [index])
  const parse = (value: string) => (value === '' ? null : Number(value))
  const renderOptions = () => (
    <>
      <option value="">{t('dashboard.filters.allYears')}</option>
      {options.map((o) => (
        <option key={o.year} value={o.year}>
          {o.hasFigures ? String(o.year) : t('dashboard.filters.year.noFigures', { year: o.year })}
        </option>
      ))}
    </>
  )
  return (
    <fieldset className="filter year-range">
      <legend>{t('dashboard.filters.year.label')}</legend>
      <div className="year-range__fields">
        <span className="year-range__pair">
          <label htmlFor={`${id}-from`}>{t('dashboard.filters.year.from')}</label>
          <select
            id={`${id}-from`}
            value={years?.from ?? ''}
            onChange={(e) => onChange(withFromYear(years, parse(e.target.value)))}
          >
            {renderOptions()}
          </select>
        </span>
        <span className="year-range__pair">
          <label htmlFor={`${id}-to`}>{t('dashboard.filters.year.to')}</label>
          <select
            id={`${id}-to`}
            value={years?.to ?? ''}
            onChange={(e) => onChange(withToYear(years, parse(e.target.value)))}
          >
            {renderOptions()}
          </select>
        </span>
      </div>
      {hasPeriods && <p className="year-range__hint">{t('dashboard.filters.year.overlap')}</p>}
    </fieldset>
  )
}
