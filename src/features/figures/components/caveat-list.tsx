import type { DisplayCaveat } from '@/domain/caveats'
import { useLanguage } from '@/lib/language'

/** A figure's caveats, each with its type; always visible, never behind a hover. */
export function CaveatList({ caveats }: { caveats: DisplayCaveat[] }) {
  const { t } = useLanguage()
  return (
    <ul className="caveats" aria-label={t('figure.caveats')}>
      {caveats.map((caveat, i) => (
        <li key={i} className={`caveat caveat--${caveat.type}`}>
          <span className="caveat__type">{t(`caveatType.${caveat.type}`)}</span>{' '}
          <span lang={caveat.fallbackLang}>{caveat.text}</span>
          {caveat.fallbackLang && (
            <span className="caveat__fallback"> {t('figure.otherLanguage', { lang: t(`language.${caveat.fallbackLang}`) })}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
