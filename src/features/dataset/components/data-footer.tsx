import { useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { formatDate } from '@/domain/source'
import { useLanguage } from '@/lib/language'

/**
 * The page's footer says what the figures come from: the built-in documents and, apart, each
 * file imported in this browser with its import date.
 */
export function DataFooter({ index }: { index: DatasetIndex | undefined }) {
  const { lang, t } = useLanguage()
  const files = useMemo(() => {
    const byId = new Map<string, { fileName: string; importedAt: string }>()
    for (const f of index?.figures ?? [])
      if (f.origin.kind === 'imported') byId.set(f.origin.importId, f.origin)
    return [...byId.values()]
  }, [index])
  return (
    <footer className="app-footer">
      <p>{t('app.footer')}</p>
      {files.length > 0 && (
        <p className="app-footer__imported">
          {t('app.footerImported', {
            files: files
              .map((f) =>
                t('origin.imported', {
                  file: f.fileName,
                  date: formatDate(f.importedAt.slice(0, 10), lang),
                }),
              )
              .join('; '),
          })}
        </p>
      )}
    </footer>
  )
}
