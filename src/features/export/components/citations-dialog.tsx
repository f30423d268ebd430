// "Cite": the view and each source document, one entry each, in a chosen style (plain, APA 7,
// Chicago, BibTeX, RIS) and language, each with its own copy button. A modal <dialog>: Escape
// closes it and focus returns to the menu button.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFigure, type FigureDescription } from '@/domain/figure-description'
import { matchFiguresToSelection } from '@/domain/geography'
import { languages, type Language } from '@/domain/translate'
import { useLanguage } from '@/lib/language'
import { loadGroup, loadLanguage, translatorFor } from '@/lib/i18n'
import { useDatasetIndex } from '@/features/dataset/use-dataset-index'
import { buildReferences } from '@/features/export/model/references'
import {
  citationStyles,
  formatReference,
  type CitationStyle,
} from '@/features/export/model/citation-styles'

export interface CitationsDialogProps {
  descriptions: FigureDescription[]
  title: string
  subtitle: string
  datasetVersion: string
  onClose: () => void
}

/** The figures described in `lang`: the screen's own when it is the page's language. */
function describeIn(
  lang: Language,
  pageLang: Language,
  descriptions: FigureDescription[],
  index: DatasetIndex | undefined,
): FigureDescription[] {
  if (lang === pageLang || !index) return descriptions
  const t = translatorFor(lang)
  return matchFiguresToSelection(
    index,
    descriptions.map((d) => d.figure),
    [],
  ).map((m) => describeFigure(m, index, lang, t))
}

export function CitationsDialog(props: CitationsDialogProps) {
  const { lang: pageLang, t } = useLanguage()
  const { index } = useDatasetIndex()
  const headingId = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [lang, setLang] = useState<Language>(pageLang)
  const [ready, setReady] = useState<Language>(pageLang)
  const [style, setStyle] = useState<CitationStyle>('plain')
  const [copied, setCopied] = useState<string | null>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal?.()
  }, [])
  // The other language's texts load when it is chosen.
  useEffect(() => {
    let current = true
    void Promise.all([loadLanguage(lang), loadGroup('export')]).then(
      () => current && setReady(lang),
    )
    return () => {
      current = false
    }
  }, [lang])

  const entries = useMemo(() => {
    const tl = translatorFor(ready)
    const described = describeIn(ready, pageLang, props.descriptions, index)
    const sameLang = ready === pageLang
    const refs = buildReferences({
      title: sameLang
        ? props.title
        : [...new Set(described.map((d) => d.indicatorName.text))].join(', '),
      subtitle: sameLang
        ? props.subtitle
        : [...new Set(described.map((d) => `${d.placeName.text} ${d.period}`))].join(', '),
      descriptions: described,
      link: window.location.href,
      now: new Date(),
      lang: ready,
      t: tl,
      datasetVersion: props.datasetVersion,
    })
    return refs.map((r) => ({
      key: r.key,
      label: r.kind === 'view' ? t('export.cite.viewEntry') : r.title,
      text: formatReference(r, style, tl),
    }))
  }, [ready, pageLang, props, index, style, t])

  const copy = async (key: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(key)
    } catch {
      setCopied(null)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="citations"
      aria-labelledby={headingId}
      onClose={props.onClose}
    >
      <h2 id={headingId}>{t('export.cite.heading', { title: props.title })}</h2>
      <fieldset className="citations__choice">
        <legend>{t('export.cite.language')}</legend>
        {languages.map((l) => (
          <label key={l}>
            <input
              type="radio"
              name={`${headingId}-lang`}
              checked={lang === l}
              onChange={() => setLang(l)}
            />{' '}
            {t(`export.cite.languageName.${l}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="citations__choice">
        <legend>{t('export.cite.style')}</legend>
        {citationStyles.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${headingId}-style`}
              checked={style === s}
              onChange={() => setStyle(s)}
            />{' '}
            {t(`export.cite.styleName.${s}`)}
          </label>
        ))}
      </fieldset>
      <ol className="citations__list">
        {entries.map((e) => (
          <li key={e.key}>
            <p className="citations__label">{e.label}</p>
            <pre className="citations__text" lang={ready}>
              {e.text}
            </pre>
            <button
              type="button"
              aria-label={t('export.cite.copy', { entry: e.label })}
              onClick={() => void copy(e.key, e.text)}
            >
              {t('export.cite.copyShort')}
            </button>{' '}
            <span role="status">{copied === e.key ? t('export.cite.copied') : ''}</span>
          </li>
        ))}
      </ol>
      <p className="citations__note">{t('export.cite.note')}</p>
      <button type="button" onClick={() => dialogRef.current?.close()}>
        {t('export.cite.close')}
      </button>
    </dialog>
  )
}
