import { languages, type Language } from '@/domain/translate'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useLanguage } from '@/lib/language'

/** Switches the interface language; the choice goes into the link so a shared link keeps it. */
export function LanguageSwitch() {
  const { lang, t } = useLanguage()
  const { setParams } = useViewParams()
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>{' '}
      <select value={lang} onChange={(e) => setParams({ lang: e.target.value as Language })}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
