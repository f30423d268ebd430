import type { DisplayCaveat } from '@/domain/caveats'
import { useLanguage } from '@/lib/language'

interface CaveatListProps {
  caveats: DisplayCaveat[]
  /**
   * On a compact card: how many caveats show before a visible "N more caveats" control that opens
   * the rest in place. A native <details>: it works before the page's scripts run, costs the
   * first view no code, and the print style opens it (caveats are always printed in full).
   */
  visible?: number
}

/** A figure's caveats, each with its type; never behind a hover. */
export function CaveatList({ caveats, visible }: CaveatListProps) {
  const { t } = useLanguage()
  const shown = visible !== undefined && caveats.length > visible + 1 ? visible : caveats.length
  const item = (caveat: DisplayCaveat, i: number) => (
    <li key={i} className={`caveat caveat--${caveat.type}`}>
      <span className="caveat__type">{t(`caveatType.${caveat.type}`)}</span>{' '}
      <span lang={caveat.fallbackLang}>{caveat.text}</span>
      {caveat.fallbackLang && (
        <span className="caveat__fallback">
          {' '}
          {t('figure.otherLanguage', { lang: t(`language.${caveat.fallbackLang}`) })}
        </span>
      )}
    </li>
  )
  return (
    <>
      <ul className="caveats" aria-label={t('figure.caveats')}>
        {caveats.slice(0, shown).map(item)}
      </ul>
      {shown < caveats.length && (
        <details className="caveats__more">
          <summary>{t('figure.moreCaveats', { count: caveats.length - shown })}</summary>
          {/* Named by its summary ("3 more caveats"); one list is named "Caveats" per figure. */}
          <ul className="caveats">{caveats.slice(shown).map((c, i) => item(c, shown + i))}</ul>
        </details>
      )}
    </>
  )
}
