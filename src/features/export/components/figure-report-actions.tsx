// Under a figure's source line: "Copy as a sentence" (one click puts a sentence that keeps the
// estimate kind, the coverage and the source on the clipboard; its code and texts load on the
// click) and "Add to briefing pack" (a toggle; the pack is written from the bar at the bottom).
import { useState } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import { useLanguage } from '@/lib/language'
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'
import { useBriefingPack } from '@/features/export/stores/briefing-pack-store'

const loadQuote = loadOnce(() =>
  Promise.all([import('@/features/export/model/quotable-sentence'), loadGroup('export')]).then(
    ([m]) => m.buildQuotableSentence,
  ),
)

export function FigureReportActions({ description }: { description: FigureDescription }) {
  const { t } = useLanguage()
  const [message, setMessage] = useState<string | null>(null)
  const id = description.figure.id
  const inPack = useBriefingPack((s) => s.ids.includes(id))
  const toggle = useBriefingPack((s) => s.toggle)
  const copy = async () => {
    const sentence = (await loadQuote())(description, t)
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(sentence)
      setMessage(t('export.quote.copied', { sentence }))
    } catch {
      setMessage(t('export.quote.refused', { sentence }))
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
      <button
        type="button"
        className="copy-quote__button"
        aria-pressed={inPack}
        aria-label={t(inPack ? 'export.pack.addedLabel' : 'export.pack.addLabel', { figure })}
        onClick={() => toggle(id)}
      >
        {t(inPack ? 'export.pack.added' : 'export.pack.add')}
      </button>
      <p className="copy-quote__status" role="status">
        {message}
      </p>
    </div>
  )
}
