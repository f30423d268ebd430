import type { PageProps } from '@/app/routes'
import { useLanguage } from '@/lib/language'

// Placeholder until the definitions view is built (issue 3).
export function DefinitionsPage(_props: PageProps) {
  const { t } = useLanguage()
  return <h2>{t('nav.definitions')}</h2>
}
