import type { PageProps } from '@/app/routes'
import { useLanguage } from '@/lib/language'

// Placeholder until the indicator view is built (issue 3).
export function IndicatorPage(_props: PageProps) {
  const { t } = useLanguage()
  return <h2>{t('nav.indicator')}</h2>
}
