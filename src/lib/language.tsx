// The interface language comes from the link (?lang=), else the browser. Components read it,
// with a `t` bound to it, from this context; there is no other language state.
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import {
  browserLanguage,
  isLanguageReady,
  loadLanguage,
  messagesVersion,
  subscribeMessages,
  translatorFor,
} from '@/lib/i18n'
import { languages, type Language, type Translate } from '@/domain/translate'

interface LanguageValue {
  lang: Language
  t: Translate
}

const LanguageContext = createContext<LanguageValue>({ lang: 'en', t: translatorFor('en') })

export function LanguageProvider({
  lang: fromUrl,
  children,
}: {
  lang: Language | null
  children: ReactNode
}) {
  const wanted = fromUrl ?? browserLanguage()
  const version = useSyncExternalStore(subscribeMessages, messagesVersion, messagesVersion)
  // Until a newly chosen language's messages arrive, the page stays in the one it was in.
  const lang = isLanguageReady(wanted) ? wanted : (languages.find(isLanguageReady) ?? wanted)
  const value = useMemo(() => ({ lang, t: translatorFor(lang), version }), [lang, version])
  useEffect(() => {
    if (lang !== wanted) void loadLanguage(wanted)
  }, [lang, wanted])
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
}

export function useLanguage(): LanguageValue {
  return useContext(LanguageContext)
}
