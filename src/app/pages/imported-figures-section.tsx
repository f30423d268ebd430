// The import view's list of imported figures, with their filter, export and publishing: shown
// only once figures have been imported, so its code (the virtualised table, the filters, the
// export menu) and texts load then, not with the view (import-page.tsx; budget per route:
// scripts/bench-size.ts).
import { useMemo, useState } from 'react'
import type { PageProps } from '@/app/pages/page-props'
import type { DatasetFigure } from '@/domain/dataset-index'
import { describeFigure } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import { ExportMenu } from '@/features/export/components/export-menu'
import { FilterPanel } from '@/features/filters/components/filter-panel'
import { inYears } from '@/features/filters/model/filter-figures'
import { useFigureFilter } from '@/features/filters/use-figure-filter'
import { useViewParams } from '@/lib/routing/use-view-params'
import { ImportedFiguresTable } from '@/features/import/components/imported-figures-table'
import { PublishDataset } from '@/features/export/components/publish-dataset'
import { useLanguage } from '@/lib/language'

/** Above this many figures the export menu is replaced by a note: describing them all at once would stall the page. */
const MAX_EXPORTED = 2000

/** Publishing the imported figures, then the figures under the view's filter. */
export function ImportedFiguresSection({
  index,
  imported,
}: PageProps & { imported: DatasetFigure[] }) {
  const { lang, t } = useLanguage()
  const { filter, notesFor } = useFigureFilter(index)
  const { setParams } = useViewParams()
  // File order, not re-sorted: with 100,000 figures a filter change must stay well under 100 ms.
  const matches = useMemo(
    () =>
      matchFiguresToSelection(
        index,
        filter.years ? imported.filter((f) => inYears(f, filter.years)) : imported,
        filter.places,
      ),
    [index, imported, filter],
  )
  const filtered = filter.places.length > 0 || filter.years !== null
  // Describing every listed figure costs time on each filter change, so it waits until asked for.
  const [exporting, setExporting] = useState(false)
  const exportable = matches.length > 0 && matches.length <= MAX_EXPORTED
  const descriptions = useMemo(
    () =>
      exporting && exportable
        ? matches.map((m) => describeFigure(m, index, lang, t, notesFor))
        : [],
    [exporting, exportable, matches, index, lang, t, notesFor],
  )
  const count = t('import.figures.count', {
    shown: matches.length.toLocaleString(lang),
    total: imported.length.toLocaleString(lang),
  })
  return (
    <>
      <PublishDataset index={index} />
      <section className="imported-figures" aria-labelledby="imported-figures-heading">
        <h3 id="imported-figures-heading">{t('import.figures.heading')}</h3>
        <FilterPanel
          index={index}
          filter={filter}
          shownCount={matches.length}
          showsAggregates={matches.some((m) => m.kind === 'aggregate')}
        />
        <p role="status">
          {count}
          {filtered && (
            <>
              {' '}
              {t('import.figures.filtered')}{' '}
              <button
                type="button"
                className="button--link"
                onClick={() => setParams({ places: [], years: null })}
              >
                {t('import.figures.showAll')}
              </button>
            </>
          )}
        </p>
        {exportable && descriptions.length > 0 && (
          <ExportMenu
            descriptions={descriptions}
            title={t('import.figures.heading')}
            subtitle={count}
            fileStem="imported-figures"
          />
        )}
        {exportable && !exporting && (
          <button type="button" onClick={() => setExporting(true)}>
            {t('import.figures.prepareExport')}
          </button>
        )}
        {matches.length > MAX_EXPORTED && (
          <p className="note">
            {t('import.figures.exportLimit', { max: MAX_EXPORTED.toLocaleString(lang) })}
          </p>
        )}
        {matches.length === 0 ? (
          <p>{t('import.figures.noneMatch')}</p>
        ) : (
          <ImportedFiguresTable
            index={index}
            matches={matches}
            caption={t('import.figures.caption')}
          />
        )}
      </section>
    </>
  )
}
