import { useMemo, useState } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFigure } from '@/domain/figure-description'
import type { FigureMatch } from '@/domain/geography'
import { useLanguage } from '@/lib/language'
import { loadExports, reasonOf } from '@/features/export/lib/load-exports'
import { saveFile } from '@/lib/save-file'

/**
 * A link to this view shows imported figures only in a browser that has them. The sender
 * downloads exactly those figures (in the import format, without the notes of the view) and
 * sends the file with the link; the colleague imports it and sees the same view.
 */
export function SendImportedFigures({
  index,
  matches,
}: {
  index: DatasetIndex
  matches: FigureMatch[]
}) {
  const { lang, t } = useLanguage()
  const [status, setStatus] = useState<string | null>(null)
  const imported = useMemo(
    () => matches.filter((m) => m.figure.origin.kind === 'imported'),
    [matches],
  )
  if (imported.length === 0) return null
  const files = [
    ...new Set(
      imported.map((m) => (m.figure.origin.kind === 'imported' ? m.figure.origin.fileName : '')),
    ),
  ]
  const download = async () => {
    setStatus(t('export.status.working'))
    try {
      const { buildFile } = await loadExports()
      const descriptions = imported.map((m) => describeFigure(m, index, lang, t))
      const file = await buildFile('imported-csv', {
        descriptions,
        title: '',
        subtitle: '',
        fileStem: 'view',
        chart: null,
        link: window.location.href,
        now: new Date(),
        datasetVersion: index.dataset.datasetVersion,
        lang,
        t,
      })
      saveFile(file.blob, file.fileName)
      setStatus(t('export.status.downloaded', { file: file.fileName }))
    } catch (error) {
      setStatus(t('export.status.failed', { reason: reasonOf(error) }))
    }
  }
  return (
    <div className="send-imported">
      <p>{t('export.sendImported.text', { count: imported.length, files: files.join(', ') })}</p>
      <button type="button" onClick={download}>
        {t('export.sendImported.button', { count: imported.length })}
      </button>
      {status && (
        <p role="status" className="send-imported__status">
          {status}
        </p>
      )}
    </div>
  )
}
