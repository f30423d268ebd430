import { getImportEngine } from '@/features/import/api/import-engine'
import { useClearQuarantine, useImports } from '@/features/import/api/get-imports'
import { useLanguage } from '@/lib/language'
import { saveFile } from '@/lib/save-file'

async function downloadQuarantine(fileName: string): Promise<void> {
  const value = await getImportEngine().readQuarantine()
  saveFile(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), fileName)
}

/** Saved imports that no longer pass the schema were set aside; says so, and lets the person keep or discard them. */
export function QuarantineNotice() {
  const { t } = useLanguage()
  const imports = useImports()
  const clear = useClearQuarantine()
  const entries = imports.data?.quarantine ?? []
  if (entries.length === 0) return null
  const items = entries
    .map((e) => t('import.quarantine.item', { name: e.fileName ?? e.key, reason: e.reason }))
    .join('; ')
  return (
    <div className="status status--warning" role="alert">
      <p>{t('import.quarantine.notice', { count: entries.length, items })}</p>
      <button
        type="button"
        onClick={() => void downloadQuarantine(t('import.quarantine.downloadName'))}
      >
        {t('import.quarantine.download')}
      </button>{' '}
      <button type="button" onClick={() => clear.mutate()} disabled={clear.isPending}>
        {t('import.quarantine.discard')}
      </button>
    </div>
  )
}
