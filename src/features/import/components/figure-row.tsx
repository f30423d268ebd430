import type { Ref } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import { useLanguage } from '@/lib/language'

const columns = ['indicator', 'place', 'year', 'value', 'caveats', 'source']

/** The header of a figure table; the same columns as FigureRow. */
export function FigureTableHead({ withFile = false }: { withFile?: boolean }) {
  const { t } = useLanguage()
  return (
    <thead>
      <tr>
        {(withFile ? [...columns, 'file'] : columns).map((column) => (
          <th key={column} scope="col">
            {t(`import.table.${column}`)}
          </th>
        ))}
      </tr>
    </thead>
  )
}

interface FigureRowProps {
  description: FigureDescription
  withFile?: boolean
  rowIndex?: number
  rowRef?: Ref<HTMLTableRowElement>
}

/** One figure as a table row: the value with its kind, every caveat and the source, never apart. */
export function FigureRow({ description: d, withFile = false, rowIndex, rowRef }: FigureRowProps) {
  const { t } = useLanguage()
  return (
    <tr
      ref={rowRef}
      aria-rowindex={rowIndex}
      data-index={rowIndex === undefined ? undefined : rowIndex - 2}
      className="figure-row"
    >
      <th scope="row">
        {d.indicatorName.text}
        {d.figure.origin.kind === 'imported' && (
          <span className="badge badge--imported">{t('figure.importedBadge')}</span>
        )}
      </th>
      <td>{d.placeName.text}</td>
      <td>{d.period}</td>
      <td>
        <span className="figure-row__value">{d.valueWithUnit}</span>
        <br />
        <span className="figure-row__kind">{d.estimateKindLabel}</span>
      </td>
      <td>
        <ul className="figure-row__caveats">
          {d.caveats.map((c, i) => (
            <li key={i}>
              <strong>{t(`caveatType.${c.type}`)}:</strong> {c.text}
            </li>
          ))}
        </ul>
        <span className="figure-row__coverage">
          {t('figure.coverage')} {d.coverage}
        </span>
      </td>
      <td className="figure-row__source">{d.sourceLine}</td>
      {withFile && <td>{d.figure.origin.kind === 'imported' ? d.figure.origin.fileName : '—'}</td>}
    </tr>
  )
}
