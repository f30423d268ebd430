import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react'
import {
  MAX_DOCUMENT_BYTES,
  documentKindOf,
  type DocumentSource,
} from '@/features/documents/model/document-source'
import { useLanguage } from '@/lib/language'

const MAX_MB = MAX_DOCUMENT_BYTES / 1024 / 1024

/** Paste text, or choose or drop a file. A file the reader cannot take is refused here, by name. */
export function DocumentSourceForm({
  onSource,
  busy,
}: {
  onSource: (source: DocumentSource, name: string) => void
  busy: boolean
}) {
  const { t } = useLanguage()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [refusal, setRefusal] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)

  const takeFile = async (file: File) => {
    setRefusal(null)
    const kind = documentKindOf(file.name, file.type)
    if (!kind) return setRefusal(t('documents.error.kind', { name: file.name }))
    if (file.size > MAX_DOCUMENT_BYTES)
      return setRefusal(t('documents.error.tooLarge', { name: file.name, max: MAX_MB }))
    onSource({ kind, name: file.name, bytes: await file.arrayBuffer() }, file.name)
  }
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) void takeFile(file)
    if (input.current) input.current.value = ''
  }
  const drop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file && !busy) void takeFile(file)
  }

  return (
    <div className="document-source">
      <label htmlFor={`${id}-text`}>{t('documents.pasteLabel')}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={6}
        onChange={(e) => setText(e.target.value)}
        disabled={busy}
      />
      <button
        type="button"
        className="button--primary"
        disabled={busy || text.trim() === ''}
        onClick={() => onSource({ kind: 'pasted', text }, t('documents.pasted'))}
      >
        {t('documents.readPasted')}
      </button>
      <div
        className={`document-source__drop${dragging ? ' document-source__drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <input
          ref={input}
          id={`${id}-file`}
          className="import-form__input"
          type="file"
          accept=".txt,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={`${id}-hint`}
          onChange={choose}
          disabled={busy}
        />
        <label htmlFor={`${id}-file`} className="import-form__button">
          {t('documents.fileLabel')}
        </label>
        <p id={`${id}-hint`} className="import-form__hint">
          {t('documents.fileHint', { max: MAX_MB })}
        </p>
      </div>
      {refusal && (
        <p className="status status--error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  )
}
