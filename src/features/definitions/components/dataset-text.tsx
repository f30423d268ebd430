import type { LocalizedText } from '@/domain/dataset-schema'
import { pickText } from '@/domain/translate'
import { useLanguage } from '@/lib/language'

/**
 * A text from the dataset in the interface language; when only the other language has it, it is
 * shown in that language, marked up with its `lang` and labelled so nobody takes it for a translation.
 */
export function DatasetText({ text }: { text: LocalizedText }) {
  const { lang, t } = useLanguage()
  const picked = pickText(text, lang)
  if (!picked.fallback) return <>{picked.text}</>
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>{' '}
      <span className="fallback-note">
        {t('figure.otherLanguage', { lang: t(`language.${picked.lang}`) })}
      </span>
    </>
  )
}
