import { useId, useMemo } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import type { SortColumn, SortState } from '@/lib/routing/view-params'
import { nextSort, readSort } from '@/features/charts/model/sort-figures'
import { buildTableModel } from '@/features/indicator/model/table-model'
import { useLanguage } from '@/lib/language'

interface IndicatorTableProps {
  /** Already in the view's order (the sort in the link), which the headers show and change. */
  descriptions: FigureDescription[]
  caption: string
  sort: SortState
  onSort: (sort: SortState) => void
}

/**
 * The figures as a table sorted as the link says (the same order as the ranked bars and exports). Values keep their estimate kind ("at least …", "… –…"); each
 * row links to its source and caveats, listed under the table.
 */
export function IndicatorTable({ descriptions, caption, sort, onSort }: IndicatorTableProps) {
  const { t } = useLanguage()
  const id = useId().replace(/:/g, '')
  const model = useMemo(() => buildTableModel(descriptions), [descriptions])
  const rows = model.rows

  const current = readSort(sort)
  const header = (column: SortColumn) => {
    const active = current.column === column
    return (
      <th scope="col" aria-sort={active ? current.direction : undefined}>
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort(nextSort(sort, column))}
        >
          {t(`dashboard.table.column.${column}`)}
          <span aria-hidden="true" className="sort-button__icon">
            {active ? (current.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    )
  }

  return (
    <div className="indicator-table">
      <div
        className="indicator-table__scroll"
        role="region"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
      >
        <table className="indicator-table__table">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              {header('place')}
              {header('year')}
              {header('value')}
              {header('kind')}
              <th scope="col">{t('dashboard.table.column.source')}</th>
              <th scope="col">{t('dashboard.table.column.caveats')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ description: d, caveatNumbers, sourceMark }) => (
              <tr key={d.figure.id}>
                <th scope="row">
                  {d.placeName.text}
                  {d.isAggregate && <span className="badge">{t('figure.aggregateBadge')}</span>}
                  {d.imported && (
                    <span className="badge badge--imported">{t('figure.importedBadge')}</span>
                  )}
                </th>
                <td>{d.period}</td>
                <td className="indicator-table__value">{d.valueWithUnit}</td>
                <td>{d.estimateKindLabel}</td>
                <td>
                  {d.source.publisher} ({d.source.date}){' '}
                  <a
                    className="indicator-table__source-mark"
                    href={`#${id}-source-${sourceMark}`}
                    aria-label={t('dashboard.table.sourceNote', { mark: sourceMark })}
                  >
                    [{sourceMark}]
                  </a>
                  {d.imported && (
                    <span className="indicator-table__origin">{d.imported.label}</span>
                  )}
                </td>
                <td>
                  <ul className="note-marks">
                    {caveatNumbers.map((n) => (
                      <li key={n}>
                        <a
                          href={`#${id}-caveat-${n}`}
                          aria-label={t('dashboard.table.caveatNote', { number: n })}
                        >
                          {n}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-notes">
        <p className="table-notes__title" id={`${id}-sources`}>
          {t('dashboard.table.sources')}
        </p>
        <ul className="table-notes__list" aria-labelledby={`${id}-sources`}>
          {model.sourceNotes.map((note) => (
            <li key={note.mark} id={`${id}-source-${note.mark}`}>
              <span className="table-notes__mark">[{note.mark}]</span> {note.line}
            </li>
          ))}
        </ul>
        <p className="table-notes__title" id={`${id}-caveats`}>
          {t('dashboard.table.caveats')}
        </p>
        <ul className="table-notes__list" aria-labelledby={`${id}-caveats`}>
          {model.caveatNotes.map(({ number, caveat }) => (
            <li key={number} id={`${id}-caveat-${number}`}>
              <span className="table-notes__mark">{number}.</span>{' '}
              <span className="caveat__type">{t(`caveatType.${caveat.type}`)}</span>{' '}
              <span lang={caveat.fallbackLang}>{caveat.text}</span>
              {caveat.fallbackLang && (
                <span className="caveat__fallback">
                  {' '}
                  {t('figure.otherLanguage', { lang: t(`language.${caveat.fallbackLang}`) })}
                </span>
              )}
            </li>
          ))}
        </ul>
        {model.viewNotes.length > 0 && (
          <>
            <p className="table-notes__title" id={`${id}-view-notes`}>
              {t('viewNote.heading')}
            </p>
            <ul className="table-notes__list view-notes__list" aria-labelledby={`${id}-view-notes`}>
              {model.viewNotes.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  )
}
