import type { PageProps } from '@/app/routes'
import { useLanguage } from '@/lib/language'

// Placeholder until the import view is built (issue 6).
export function ImportPage(_props: PageProps) {
  const { t } = useLanguage()
  return <h2>{t('nav.import')}</h2>
}
