import type { DatasetIndex } from '@/domain/dataset-index'
import type { LocalizedText } from '@/domain/dataset-schema'
import { formatPeriod } from '@/domain/period'
import { pickText } from '@/domain/translate'
import type { AnalysisSummary } from '@/features/import/model/import-types'
import { useLanguage } from '@/lib/language'

/** Figures of the file that repeat an indicator, place and year already present: flagged, not replaced. */
export function DuplicateList({
  summary,
  index,
}: {
  summary: AnalysisSummary
  index: DatasetIndex
}) {
  const { lang, t } = useLanguage()
  const nameOr = (fallback: string, record?: { name: LocalizedText }) =>
    record ? pickText(record.name, lang).text : fallback
  return (
    <div className="status status--warning" role="status">
      <p>
        {t('import.report.duplicatesIntro', { count: summary.duplicateCount.toLocaleString(lang) })}
      </p>
      {summary.duplicates.length < summary.duplicateCount && (
        <p>
          {t('import.report.issuesShown', {
            shown: summary.duplicates.length,
            count: summary.duplicateCount.toLocaleString(lang),
          })}
        </p>
      )}
      <ul className="duplicate-list">
        {summary.duplicates.map((d, i) => (
          <li key={i}>
            {t(`import.report.duplicateOf.${d.of.kind}`, {
              row: d.row,
              indicator: nameOr(d.indicatorId, index.indicators.get(d.indicatorId)),
              place: nameOr(d.geographyCode, index.geographies.get(d.geographyCode)),
              year: formatPeriod(d, lang, t),
              file: d.of.kind === 'imported' ? d.of.fileName : '',
              other: d.of.kind === 'row' ? d.of.row : '',
            })}
          </li>
        ))}
      </ul>
    </div>
  )
}
