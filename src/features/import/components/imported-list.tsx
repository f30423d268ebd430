import { memo, useState } from 'react'
import { useImports, useRemoveImport } from '@/features/import/api/get-imports'
import { describeImportError } from '@/features/import/api/import-engine'
import type { StoredImport } from '@/features/import/model/stored-import'
import { useLanguage } from '@/lib/language'

const columns = ['file', 'importedAt', 'figures', 'skipped', 'actions']

function ImportRow({ item }: { item: StoredImport }) {
  const { lang, t } = useLanguage()
  const remove = useRemoveImport()
  const [confirming, setConfirming] = useState(false)
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(item.importedAt),
  )
  const confirmText = t('import.list.confirmRemove', {
    file: item.fileName,
    count: item.figureCount.toLocaleString(lang),
  })
  return (
    <tr>
      <th scope="row">{item.fileName}</th>
      <td>
        <time dateTime={item.importedAt}>{date}</time>
      </td>
      <td>{item.figureCount.toLocaleString(lang)}</td>
      <td>{item.skippedRowCount.toLocaleString(lang)}</td>
      <td>
        {confirming ? (
          <span role="group" aria-label={confirmText}>
            <span>{confirmText}</span>{' '}
            <button
              type="button"
              className="button--danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(item.id)}
            >
              {t('import.list.confirm')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('import.list.keep')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            aria-label={t('import.list.removeLabel', { file: item.fileName })}
            onClick={() => setConfirming(true)}
          >
            {t('import.list.remove')}
          </button>
        )}
        {remove.isError && (
          <p role="alert" className="status status--error">
            {t('import.list.removeFailed', {
              file: item.fileName,
              reason: describeImportError(remove.error, t),
            })}
          </p>
        )}
      </td>
    </tr>
  )
}

/** The imported files with their provenance (file, date, figures, rows left out), each removable. Memoised: a filter change leaves it as it was. */
export const ImportedList = memo(function ImportedList() {
  const { t } = useLanguage()
  const imports = useImports()
  return (
    <section className="imported-list" aria-labelledby="imported-list-heading">
      <h3 id="imported-list-heading">{t('import.list.heading')}</h3>
      {imports.isPending && <p role="status">{t('import.list.loading')}</p>}
      {imports.data && imports.data.imports.length === 0 && <p>{t('import.list.none')}</p>}
      {imports.data && imports.data.imports.length > 0 && (
        <div className="scroll-x" tabIndex={0} role="region" aria-label={t('import.list.caption')}>
          <table className="data-table">
            <caption>{t('import.list.caption')}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {t(`import.list.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {imports.data.imports.map((item) => (
                <ImportRow key={item.id} item={item} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
})
