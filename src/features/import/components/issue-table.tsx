import type { ImportFormat, ImportIssue } from '@/domain/file-format/table'
import { useLanguage } from '@/lib/language'

/** The problems of a file: where (row, column), what (value) and why, one per line. */
export function IssueTable({
  issues,
  format,
  fileName,
}: {
  issues: ImportIssue[]
  format: ImportFormat | null
  fileName: string
}) {
  const { t } = useLanguage()
  return (
    <div
      className="scroll-x"
      tabIndex={0}
      role="region"
      aria-label={t('import.report.issuesCaption', { file: fileName })}
    >
      <table className="data-table issue-table">
        <caption>{t('import.report.issuesCaption', { file: fileName })}</caption>
        <thead>
          <tr>
            <th scope="col">
              {format === 'json' ? t('import.report.item') : t('import.report.row')}
            </th>
            <th scope="col">{t('import.report.column')}</th>
            <th scope="col">{t('import.report.value')}</th>
            <th scope="col">{t('import.report.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td>{issue.row}</td>
              <td>{issue.column}</td>
              <td className="issue-table__value">
                {issue.value === '' ? <em>{t('import.report.empty')}</em> : issue.value}
              </td>
              <td>{t(issue.reason.key, issue.reason.vars)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
