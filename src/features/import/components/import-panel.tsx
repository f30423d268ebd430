import { lazy, memo, Suspense, useEffect, useRef } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { buildImportContext } from '@/features/import/model/import-context'
import { useAnalyseImport, useCommitImport, useImports } from '@/features/import/api/get-imports'
import {
  describeImportError,
  getImportEngine,
  type CommitOptions,
} from '@/features/import/api/import-engine'
import { ImportForm } from '@/features/import/components/import-form'
import { loadedMessageIds, loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'
import { useLanguage } from '@/lib/language'

/**
 * The check's report and the importer's texts (and the issues' wording) load when a file is
 * chosen, not with the view: the view's first view is the chooser (budget per route:
 * scripts/bench-size.ts).
 */
const loadReport = loadOnce(() =>
  Promise.all([
    import('@/features/import/components/analysis-report'),
    loadGroup('importer'),
    loadGroup('checks'),
    // The report's preview describes figures as the rest of the page does.
    loadGroup('figures'),
  ]).then(([m]) => ({ default: m.AnalysisReport })),
)
const AnalysisReport = lazy(loadReport)

/** Currencies the interface has a symbol for; an import may use only these. */
function supportedCurrencies(): string[] {
  // The page may have loaded only one language's messages; both list the same currencies.
  const currencies = loadedMessageIds().flatMap(
    (id) => /^currency\.([A-Z]{3})$/.exec(id)?.[1] ?? [],
  )
  return currencies.length > 0 ? currencies : ['USD']
}

function formatSize(bytes: number, lang: string): string {
  const [size, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kB'] : [bytes / 1024 / 1024, 'MB']
  return `${size.toLocaleString(lang, { maximumFractionDigits: 1 })} ${unit}`
}

/**
 * Choose a file, see its check, then import it, import its valid rows, or drop it. Memoised:
 * a change of the figures' filter leaves it as it was (it depends on the index, not the filter).
 * `incoming` is a file made elsewhere on the page (the figures accepted from a document): it is
 * checked exactly as a chosen file.
 */
export const ImportPanel = memo(function ImportPanel({
  index,
  incoming = null,
}: {
  index: DatasetIndex
  incoming?: File | null
}) {
  const { lang, t } = useLanguage()
  const imports = useImports()
  const analyse = useAnalyseImport()
  const commit = useCommitImport()
  // The file being checked, or whose check failed.
  const file = analyse.variables?.file

  const check = (chosen: File) => {
    commit.reset()
    performance.mark('import:file-chosen')
    const stored = (imports.data?.imports ?? []).map((i) => i.records)
    // The marks (with the worker's own timings) are read by scripts/bench-scale.ts. The check
    // starts once the report's texts are in (or failed to come: the check says so itself),
    // the currencies the interface has a symbol for among them.
    void loadReport()
      .catch(() => undefined)
      .then(() =>
        analyse.mutate(
          { file: chosen, context: buildImportContext(index, stored, supportedCurrencies()) },
          {
            onSettled: (summary) =>
              performance.mark('import:checked', { detail: summary?.timings }),
          },
        ),
      )
  }
  const checked = useRef<File | null>(null)
  useEffect(() => {
    if (!incoming || checked.current === incoming) return
    checked.current = incoming
    check(incoming)
  })
  const summary = analyse.data
  const save = (options: CommitOptions) => {
    if (!summary) return
    performance.mark('import:confirmed')
    commit.mutate(
      { analysisId: summary.analysisId, options },
      {
        onSuccess: () => {
          performance.mark('import:saved')
          analyse.reset()
        },
      },
    )
  }
  const cancel = () => {
    // Only the worker's copy of the analysis is dropped (nothing was stored): a failure is moot.
    if (summary)
      getImportEngine()
        .discard(summary.analysisId)
        .catch(() => undefined)
    analyse.reset()
  }

  return (
    <section className="import-panel">
      <ImportForm onFile={check} busy={analyse.isPending || commit.isPending} />
      <div aria-live="polite" className="import-panel__live">
        {analyse.isPending && file && (
          <p className="status status--loading" role="status">
            {t('import.form.checking', { file: file.name, size: formatSize(file.size, lang) })}
          </p>
        )}
        {commit.isPending && summary && (
          <p role="status">
            {t('import.report.saving', { count: summary.validCount.toLocaleString(lang) })}
          </p>
        )}
        {commit.isSuccess && (
          <p className="status status--success" role="status">
            {t('import.report.saved', {
              count: commit.data.figureCount.toLocaleString(lang),
              file: commit.data.fileName,
            })}
          </p>
        )}
      </div>
      {analyse.isError && file && (
        <div className="status status--error" role="alert">
          <p>
            {t('import.form.checkFailed', {
              file: file.name,
              reason: describeImportError(analyse.error, t),
            })}
          </p>
          <button type="button" onClick={() => check(file)}>
            {t('import.report.retry')}
          </button>
        </div>
      )}
      {commit.isError && summary && (
        <div className="status status--error" role="alert">
          <p>
            {t('import.report.saveFailed', {
              file: summary.fileName,
              reason: describeImportError(commit.error, t),
            })}
          </p>
        </div>
      )}
      {summary && (
        <Suspense
          fallback={
            <p className="status status--loading" role="status">
              {t('app.loading')}
            </p>
          }
        >
          <AnalysisReport
            key={summary.analysisId}
            summary={summary}
            index={index}
            saving={commit.isPending}
            onImport={save}
            onCancel={cancel}
          />
        </Suspense>
      )}
    </section>
  )
})
