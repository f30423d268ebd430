import { lazy, Suspense, useMemo, useState } from 'react'
import type { PageProps } from '@/app/pages/page-props'
import { useFigureFilter } from '@/features/filters/use-figure-filter'
import { FormatHelp } from '@/features/import/components/format-help'
import { ImportPanel } from '@/features/import/components/import-panel'
import { AddFromDocument } from '@/features/documents/components/add-from-document'
import { ImportedList } from '@/features/import/components/imported-list'
import { ParamNotices } from '@/features/navigation/components/param-notices'
import { loadGroup } from '@/lib/i18n'
import { useLanguage } from '@/lib/language'

// The imported figures' list (its table, filters, export) loads once there are any.
const ImportedFiguresSection = lazy(() =>
  Promise.all([
    import('@/app/pages/imported-figures-section'),
    loadGroup('figures'),
    loadGroup('importer'),
  ]).then(([m]) => ({ default: m.ImportedFiguresSection })),
)

/** Bring your own figures: import a file, see what was imported, and remove it again. */
export function ImportPage({ index }: PageProps) {
  const { t } = useLanguage()
  const { checked } = useFigureFilter(index)
  // Figures accepted from a document arrive as a file and pass the import's own check.
  const [documentFile, setDocumentFile] = useState<File | null>(null)
  const imported = useMemo(() => index.figures.filter((f) => f.origin.kind === 'imported'), [index])
  return (
    <>
      <ParamNotices notices={checked.notices} />
      <h2>{t('import.page.title')}</h2>
      <p className="lede">{t('import.page.intro')}</p>
      <AddFromDocument onFigures={setDocumentFile} />
      {/* The format's help right above the file chooser it explains. */}
      <FormatHelp />
      <ImportPanel index={index} incoming={documentFile} />
      <ImportedList />
      {imported.length > 0 && (
        <Suspense
          fallback={
            <p className="status status--loading" role="status">
              {t('app.loading')}
            </p>
          }
        >
          <ImportedFiguresSection index={index} imported={imported} />
        </Suspense>
      )}
    </>
  )
}
