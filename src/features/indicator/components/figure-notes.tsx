import type { FigureDescription } from '@/domain/figure-description'
import { CaveatList } from '@/features/figures/components/caveat-list'
import { ViewNotes } from '@/features/figures/components/view-notes'
import { FigureReportActions } from '@/features/export/components/figure-report-actions'
import { useLanguage } from '@/lib/language'

/** Under a chart: for each figure drawn, its coverage, caveats and source line. */
export function FigureNotes({ descriptions }: { descriptions: FigureDescription[] }) {
  const { t } = useLanguage()
  return (
    <div className="figure-notes">
      {descriptions.map((d) => (
        <div key={d.figure.id} className="figure-notes__item">
          <p className="figure-notes__head">
            {t('dashboard.chart.placeLabel', { place: d.placeName.text, year: d.period })}:{' '}
            {d.valueWithUnit}
            {d.isAggregate && <span className="badge">{t('figure.aggregateBadge')}</span>}
            {d.imported && (
              <span className="badge badge--imported">{t('figure.importedBadge')}</span>
            )}
          </p>
          {d.imported && <p className="origin-line">{d.imported.label}</p>}
          <p className="figure-notes__coverage">
            <strong>{t('figure.coverage')}</strong> {d.coverage}
          </p>
          <CaveatList caveats={d.caveats} />
          <ViewNotes notes={d.viewNotes} />
          <p className="source-line">{d.sourceLine}</p>
          <FigureReportActions description={d} />
        </div>
      ))}
    </div>
  )
}
