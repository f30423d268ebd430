import type { PageProps } from '@/app/routes'
import { useLanguage } from '@/lib/language'

// Placeholder until the sources view is built (issue 3).
export function SourcesPage(_props: PageProps) {
  const { t } = useLanguage()
  return <h2>{t('nav.sources')}</h2>
}
