// The bar that appears once a figure is in the briefing pack: how many, the document's language,
// "Download the briefing pack (Word)" and "Empty the pack". The writer (docx and the export code)
// loads on the click.
import { useId, useState } from 'react'
import { languages, type Language } from '@/domain/translate'
import { useLanguage } from '@/lib/language'
import { loadGroup, loadLanguage, translatorFor } from '@/lib/i18n'
import { useDatasetIndex } from '@/features/dataset/use-dataset-index'
import { useBriefingPack } from '@/features/export/stores/briefing-pack-store'
import { saveFile } from '@/lib/save-file'
import { reasonOf } from '@/features/export/lib/load-exports'

export function BriefingPackBar() {
  const { lang: pageLang, t } = useLanguage()
  const { index } = useDatasetIndex()
  const ids = useBriefingPack((s) => s.ids)
  const clear = useBriefingPack((s) => s.clear)
  const [lang, setLang] = useState<Language>(pageLang)
  const [status, setStatus] = useState<string | null>(null)
  const name = useId()
  if (ids.length === 0) return null

  const download = async () => {
    if (!index) return
    setStatus(t('export.packBar.working'))
    try {
      await loadLanguage(lang)
      const [m] = await Promise.all([
        import('@/features/export/lib/run-export'),
        loadGroup('export'),
      ])
      const file = await m.buildBriefingPackFile(index, ids, {
        link: window.location.href,
        now: new Date(),
        lang,
        t: translatorFor(lang),
        datasetVersion: index.dataset.datasetVersion,
      })
      saveFile(file.blob, file.fileName)
      setStatus(t('export.packBar.downloaded', { file: file.fileName }))
    } catch (error) {
      setStatus(t('export.packBar.failed', { reason: reasonOf(error) }))
    }
  }

  return (
    <section className="briefing-bar no-print" aria-labelledby={`${name}-title`}>
      <p id={`${name}-title`} className="briefing-bar__title">
        {t('export.packBar.bar', { count: ids.length })}
      </p>
      <fieldset className="briefing-bar__language">
        <legend>{t('export.packBar.language')}</legend>
        {languages.map((l) => (
          <label key={l}>
            <input type="radio" name={name} checked={lang === l} onChange={() => setLang(l)} />{' '}
            {t(`export.packBar.languageName.${l}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" disabled={!index} onClick={() => void download()}>
        {t('export.packBar.download')}
      </button>
      <button type="button" onClick={clear}>
        {t('export.packBar.clear')}
      </button>
      <p role="status" className="briefing-bar__status">
        {status}
      </p>
    </section>
  )
}
