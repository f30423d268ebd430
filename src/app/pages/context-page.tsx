import type { PageProps } from '@/app/routes'
import { useLanguage } from '@/lib/language'

// Placeholder until the context view is built (issue 3).
export function ContextPage(_props: PageProps) {
  const { t } = useLanguage()
  return <h2>{t('nav.context')}</h2>
}
