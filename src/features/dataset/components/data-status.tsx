import type { UseQueryResult } from '@tanstack/react-query'
import { DatasetLoadError, type LoadedDataset } from '@/features/dataset/api/get-dataset'
import { formatRecordIssue } from '@/domain/validate-dataset'
import { useLanguage } from '@/lib/language'

const MAX_LISTED = 100

/**
 * Loading, failure (with a retry, keeping the last good data on screen) and invalid-record
 * reports for the dataset. Renders nothing when all is well.
 */
export function DataStatus({ query }: { query: UseQueryResult<LoadedDataset> }) {
  const { t } = useLanguage()
  if (query.isPending) {
    return (
      <p className="status status--loading" role="status">
        {t('app.loading')}
      </p>
    )
  }
  const issues = query.error instanceof DatasetLoadError ? query.error.issues : (query.data?.issues ?? [])
  return (
    <>
      {query.isError && (
        <div className="status status--error" role="alert">
          <p>
            {t('app.loadError', {
              url: query.error instanceof DatasetLoadError ? query.error.url : '—',
              reason: query.error.message,
            })}
          </p>
          <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {query.data && query.data.dataset.figures.length === 0 && (
        <p className="status status--empty" role="status">
          {t('app.emptyDataset', { url: query.data.url })}
        </p>
      )}
      {issues.length > 0 && (
        <div className="status status--warning" role="alert">
          <p>{t('app.invalidRecords', { count: issues.length })}</p>
          <ul>
            {issues.slice(0, MAX_LISTED).map((issue, i) => (
              <li key={i}>{formatRecordIssue(issue, t)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}
