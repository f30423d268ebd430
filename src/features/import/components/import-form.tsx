import { useId, useRef, type ChangeEvent } from 'react'
import { useLanguage } from '@/lib/language'

/**
 * The file chooser. Choosing a file starts the check; the same file can be chosen again. The
 * browser's own control writes "Choose file / No file chosen" in the browser's language, not the
 * page's, so it is hidden from sight (still focusable) and its label is the visible button.
 */
export function ImportForm({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const { t } = useLanguage()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) onFile(file)
    // Reset so that choosing the corrected file with the same name checks it again.
    if (input.current) input.current.value = ''
  }
  return (
    <div className="import-form">
      <input
        ref={input}
        id={`${id}-file`}
        className="import-form__input"
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-describedby={`${id}-hint`}
        onChange={choose}
        disabled={busy}
      />
      <label htmlFor={`${id}-file`} className="import-form__button">
        {t('import.form.label')}
      </label>
      <p id={`${id}-hint`} className="import-form__hint">
        {t('import.form.hint')}
      </p>
    </div>
  )
}
