import { useState } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { createQueryClient } from '@/lib/query-client'
import { LanguageProvider, useLanguage } from '@/lib/language'
import { useViewParams } from '@/features/filters/use-view-params'
import { useDatasetIndex } from '@/features/dataset/use-dataset-index'
import { DataStatus } from '@/features/dataset/components/data-status'
import { OverviewPage } from '@/app/pages/overview-page'

function Shell() {
  const { t } = useLanguage()
  const { query, index } = useDatasetIndex()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </header>
      <main id="main" tabIndex={-1}>
        <DataStatus query={query} />
        {index && <OverviewPage index={index} />}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  )
}

/** The app with its providers; tests pass their own query client. */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const { params } = useViewParams()
  return (
    <QueryClientProvider client={client}>
      <LanguageProvider lang={params.lang}>
        <Shell />
      </LanguageProvider>
    </QueryClientProvider>
  )
}
