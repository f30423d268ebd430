import type { ViewNote } from '@/domain/view-notes'
import { useLanguage } from '@/lib/language'

/**
 * The notes of the view (why an aggregate is shown under this filter), set apart from the
 * figure's caveats under their own heading so nobody reads them as the source's words.
 */
export function ViewNotes({ notes }: { notes: ViewNote[] }) {
  const { t } = useLanguage()
  if (notes.length === 0) return null
  return (
    <div className="view-notes">
      <p className="view-notes__heading">
        <strong>{t('viewNote.heading')}</strong>
      </p>
      <ul className="view-notes__list" aria-label={t('viewNote.heading')}>
        {notes.map((note, i) => (
          <li key={i} className={`view-note view-note--${note.kind}`}>
            {note.text}
          </li>
        ))}
      </ul>
    </div>
  )
}
