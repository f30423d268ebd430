import { useId } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { formatUnit } from '@/domain/format-estimate'
import { pickText } from '@/domain/translate'
import { unitMismatchKey } from '@/features/import/model/commit-choices'
import type { UnitChoice, UnitMismatch } from '@/features/import/model/import-types'
import { useLanguage } from '@/lib/language'

interface UnitChoicesProps {
  mismatches: UnitMismatch[]
  index: DatasetIndex
  choices: Record<string, UnitChoice>
  onChoose: (key: string, choice: UnitChoice) => void
}

/** For each known indicator the file gives in another unit: the same unit under another name, or a new indicator. */
export function UnitChoices({ mismatches, index, choices, onChoose }: UnitChoicesProps) {
  const { lang, t } = useLanguage()
  const id = useId()
  const unit = (u: string) => formatUnit(u, t)
  return (
    <div className="status status--warning unit-choices" role="group" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('import.report.units.heading')}</h4>
      {mismatches.map((m, i) => {
        const key = unitMismatchKey(m)
        const chosen = choices[key]
        const indicator = index.indicators.get(m.indicatorId)
        return (
          <fieldset key={key} className="unit-choices__item">
            <legend>
              {t('import.report.units.intro', {
                count: m.count,
                indicator: indicator ? pickText(indicator.name, lang).text : m.indicatorId,
                rows: m.rows.join(', ') + (m.rows.length < m.count ? ', …' : ''),
                unit: unit(m.unit),
                expected: m.expected.map(unit).join(', '),
              })}
            </legend>
            {m.expected
              .filter((expected) => expected !== 'currency' && m.unit !== 'currency')
              .map((expected) => (
                <label key={expected} className="unit-choices__option">
                  <input
                    type="radio"
                    name={`${id}-${i}`}
                    checked={chosen?.kind === 'same-unit' && chosen.unit === expected}
                    onChange={() => onChoose(key, { kind: 'same-unit', unit: expected })}
                  />{' '}
                  {t('import.report.units.sameUnit', { expected: unit(expected) })}
                </label>
              ))}
            <label className="unit-choices__option">
              <input
                type="radio"
                name={`${id}-${i}`}
                checked={chosen?.kind === 'new-indicator'}
                onChange={() => onChoose(key, { kind: 'new-indicator' })}
              />{' '}
              {t('import.report.units.newIndicator', {
                name: pickText(m.newIndicator.name, lang).text,
              })}
            </label>
          </fieldset>
        )
      })}
    </div>
  )
}
