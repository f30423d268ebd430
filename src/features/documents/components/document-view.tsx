import type { Candidate, ReadDocument } from '@/features/documents/model/candidate-types'
import { useLanguage } from '@/lib/language'

interface Span {
  start: number
  end: number
  kind: 'quote' | 'number'
}

/** A paragraph cut at the highlighted spans: the chosen figure's sentence, and its number inside. */
function pieces(text: string, spans: Span[]): { text: string; kind: Span['kind'] | null }[] {
  const cuts = new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b)
  return points.slice(1).map((end, i) => {
    const start = points[i]!
    const inner = spans.filter((s) => s.start <= start && s.end >= end)
    const kind = inner.some((s) => s.kind === 'number')
      ? 'number'
      : inner.length > 0
        ? 'quote'
        : null
    return { text: text.slice(start, end), kind }
  })
}

/** The document with its paragraphs numbered as the evidence cites them; the chosen figure is highlighted. */
export function DocumentView({
  document,
  selected,
}: {
  document: ReadDocument
  selected: Candidate | null
}) {
  const { t } = useLanguage()
  return (
    <section className="document-view" aria-labelledby="document-view-heading">
      <h4 id="document-view-heading">{t('documents.view.heading')}</h4>
      {document.headings.map((h, i) => (
        <p key={i} className="document-view__heading">
          {h}
        </p>
      ))}
      <ol className="document-view__paragraphs">
        {document.paragraphs.map((p) => {
          const spans: Span[] =
            selected && selected.paragraph === p.number
              ? [
                  {
                    start: selected.quoteStart,
                    end: selected.quoteStart + selected.quote.length,
                    kind: 'quote',
                  },
                  { start: selected.numberStart, end: selected.numberEnd, kind: 'number' },
                ]
              : []
          return (
            <li
              key={p.number}
              value={p.number}
              id={`document-paragraph-${p.number}`}
              aria-label={t('documents.view.paragraph', { number: p.number })}
            >
              {pieces(p.text, spans).map((piece, i) =>
                piece.kind ? (
                  <mark key={i} className={`document-view__${piece.kind}`}>
                    {piece.text}
                  </mark>
                ) : (
                  piece.text
                ),
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
