// "Copy as a sentence" beside a figure: one click puts a sentence that keeps the estimate kind,
// the coverage and the source on the clipboard. The sentence's code and texts load on the click.
import { useState } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import { useLanguage } from '@/lib/language'
import { loadGroup } from '@/lib/i18n'

const loadQuote = () =>
  Promise.all([import('@/features/export/model/quotable-sentence'), loadGroup('export')]).then(
    ([m]) => m.buildQuotableSentence,
  )

export function CopyQuoteButton({ description }: { description: FigureDescription }) {
  const { t } = useLanguage()
  const [message, setMessage] = useState<string | null>(null)
  const copy = async () => {
    const sentence = (await loadQuote())(description, t)
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(sentence)
      setMessage(t('export.quoteButton.copied', { sentence }))
    } catch {
      setMessage(t('export.quoteButton.refused', { sentence }))
    }
  }
  const figure = `${description.indicatorName.text}, ${description.placeName.text}, ${description.period}`
  return (
    <div className="copy-quote no-print">
      <button
        type="button"
        className="copy-quote__button"
        aria-label={t('export.quoteButton.buttonLabel', { figure })}
        onClick={() => void copy()}
      >
        {t('export.quoteButton.button')}
      </button>
      <p className="copy-quote__status" role="status">
        {message}
      </p>
    </div>
  )
}
