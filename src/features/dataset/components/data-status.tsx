import { useEffect, useState } from 'react'
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import {
  DatasetLoadError,
  datasetKeys,
  describeLoadError,
  type LoadedDataset,
} from '@/features/dataset/api/get-dataset'
import { useImports } from '@/features/import/api/get-imports'
import { QuarantineNotice } from '@/features/import/components/quarantine-notice'
import { formatRecordIssue } from '@/domain/record-issue'
import { useLanguage } from '@/lib/language'
import { isGroupLoaded, loadGroup } from '@/lib/i18n'
import type { RecordIssue } from '@/domain/record-issue'

const MAX_LISTED = 100
/** After this long without an answer, say that loading is slow and offer to try again. */
export const SLOW_AFTER_MS = 3000

function useSlow(waiting: boolean): boolean {
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS)
    return () => {
      clearTimeout(timer)
      setSlow(false)
    }
  }, [waiting])
  return waiting && slow
}

/** The dataset's invalid records; what is wrong with each reads once its messages are in (they load only when there are any). */
function InvalidRecords({ issues }: { issues: RecordIssue[] }) {
  const { lang, t } = useLanguage()
  const ready = isGroupLoaded(lang, 'checks')
  useEffect(() => {
    if (!ready) void loadGroup('checks').catch(() => undefined)
  }, [ready])
  return (
    <div className="status status--warning" role="alert">
      <p>{t('app.invalidRecords', { count: issues.length })}</p>
      {ready && (
        <ul>
          {issues.slice(0, MAX_LISTED).map((issue, i) => (
            <li key={i}>{formatRecordIssue(issue, t)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * Loading (with a notice when slow or offline), failure (with a retry, keeping the last good
 * data on screen), invalid-record reports, and the state of the saved imports. Renders nothing
 * when all is well.
 */
export function DataStatus({ query }: { query: UseQueryResult<LoadedDataset> }) {
  const { t } = useLanguage()
  const imports = useImports()
  const slow = useSlow(query.isPending && query.fetchStatus === 'fetching')
  const queryClient = useQueryClient()
  // A refetch joins a first fetch still in flight, so a slow one is cancelled before asking again.
  const tryAgain = async () => {
    if (query.isFetching) await queryClient.cancelQueries({ queryKey: datasetKeys.all })
    await query.refetch()
  }
  const retry = (
    <button type="button" onClick={() => void tryAgain()} disabled={query.isFetching && !slow}>
      {t('app.retry')}
    </button>
  )
  const issues =
    query.error instanceof DatasetLoadError ? query.error.issues : (query.data?.issues ?? [])
  const url = query.error instanceof DatasetLoadError ? query.error.url : (query.data?.url ?? '—')
  const importedOnly = query.isError && !query.data && (imports.data?.imports.length ?? 0) > 0
  return (
    <>
      {query.isPending && query.fetchStatus === 'paused' && (
        <p className="status status--warning" role="status">
          {t('import.dataStatus.offline')}
        </p>
      )}
      {query.isPending && query.fetchStatus !== 'paused' && (
        <div className="status status--loading" role="status">
          <p>{t('app.loading')}</p>
          {slow && (
            <>
              <p>{t('import.dataStatus.slow')}</p>
              {retry}
            </>
          )}
        </div>
      )}
      {query.isError && (
        <div className="status status--error" role="alert">
          <p>
            {query.data
              ? t('import.dataStatus.staleError', {
                  url,
                  reason: describeLoadError(query.error, t),
                })
              : t('app.loadError', { url, reason: describeLoadError(query.error, t) })}
          </p>
          {importedOnly && <p>{t('import.dataStatus.importedOnly')}</p>}
          {retry}
        </div>
      )}
      {query.data && query.data.dataset.figures.length === 0 && (
        <p className="status status--empty" role="status">
          {t('app.emptyDataset', { url: query.data.url })}
        </p>
      )}
      {issues.length > 0 && <InvalidRecords issues={issues} />}
      {imports.isError && (
        <div className="status status--error" role="alert">
          <p>{t('import.list.loadFailed', { reason: imports.error.message })}</p>
          <button type="button" onClick={() => void imports.refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      <QuarantineNotice />
    </>
  )
}
