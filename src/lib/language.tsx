// The interface language comes from the link (?lang=), else the browser. Components read it,
// with a `t` bound to it, from this context; there is no other language state.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { browserLanguage, translatorFor } from '@/lib/i18n'
import type { Language, Translate } from '@/domain/translate'

interface LanguageValue {
  lang: Language
  t: Translate
}

const LanguageContext = createContext<LanguageValue>({ lang: 'en', t: translatorFor('en') })

export function LanguageProvider({ lang: fromUrl, children }: { lang: Language | null; children: ReactNode }) {
  const lang = fromUrl ?? browserLanguage()
  const value = useMemo(() => ({ lang, t: translatorFor(lang) }), [lang])
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
}

export function useLanguage(): LanguageValue {
  return useContext(LanguageContext)
}
