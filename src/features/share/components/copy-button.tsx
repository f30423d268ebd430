import { useState } from 'react'
import { useLanguage } from '@/lib/language'

type Outcome = { kind: 'copied' } | { kind: 'failed' } | null

/**
 * A button that puts a text on the clipboard and says so. Where the browser refuses (no
 * permission, an old browser), the text is shown selected for the person to copy.
 */
export function CopyButton({
  label,
  text,
  done,
  className,
}: {
  label: string
  /** What is copied, built when the button is pressed (the address may have changed). */
  text: () => string
  /** What to say once copied. */
  done: (text: string) => string
  className?: string
}) {
  const { t } = useLanguage()
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [copied, setCopied] = useState('')
  const copy = async () => {
    const value = text()
    setCopied(value)
    try {
      await navigator.clipboard.writeText(value)
      setOutcome({ kind: 'copied' })
    } catch {
      setOutcome({ kind: 'failed' })
    }
  }
  return (
    <div className={`copy-button no-print ${className ?? ''}`.trim()}>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      {outcome && (
        <p role="status" className="copy-button__status">
          {outcome.kind === 'copied' ? done(copied) : t('share.copyFailed')}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <textarea
          readOnly
          className="copy-button__text"
          aria-label={label}
          value={copied}
          rows={3}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  )
}
