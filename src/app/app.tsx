import { Suspense, useState } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { createQueryClient } from '@/lib/query-client'
import { LanguageProvider, useLanguage } from '@/lib/language'
import { useDocumentTitle } from '@/lib/use-document-title'
import { useLeaveWarning } from '@/lib/use-leave-warning'
import { useImportsFromOtherTabs, useWritingImports } from '@/features/import/api/get-imports'
import { pickText } from '@/domain/translate'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useDatasetIndex } from '@/features/dataset/use-dataset-index'
import { DataStatus } from '@/features/dataset/components/data-status'
import { DataFooter } from '@/features/dataset/components/data-footer'
import { ViewNav } from '@/features/navigation/components/view-nav'
import { LanguageSwitch } from '@/features/navigation/components/language-switch'
import { ParamNotices } from '@/features/navigation/components/param-notices'
import { CopyLink } from '@/features/share/components/copy-link'
import { embedPages, forgetPage, pages } from '@/app/routes'
import { ViewErrorBoundary } from '@/app/view-error-boundary'
import { usePrintFrame } from '@/features/export/lib/use-print-frame'
import { BriefingPackSlot } from '@/features/export/components/briefing-pack-slot'
import { NotFoundPage } from '@/app/pages/not-found-page'
import { useLocation } from '@/lib/routing/url-state'

function Loading() {
  const { t } = useLanguage()
  return (
    <p className="status status--loading" role="status">
      {t('app.loading')}
    </p>
  )
}

/** A chart or figure framed by another site: no header, navigation or footer (pages/embed-chart-page.tsx, embed-figure-page.tsx). */
function EmbedShell() {
  const { t } = useLanguage()
  const { query, index } = useDatasetIndex()
  const { page } = useViewParams()
  const kind = page.kind === 'embed-figure' ? 'embed-figure' : 'embed-chart'
  const EmbedPage = embedPages[kind]
  const [attempt, setAttempt] = useState(0)
  useDocumentTitle(t('documentTitle.app'))
  return (
    <main id="main" className="embed">
      <DataStatus query={query} />
      <ViewErrorBoundary
        key={attempt}
        viewLabel={t('documentTitle.app')}
        onRetry={() => {
          forgetPage(kind)
          setAttempt((n) => n + 1)
        }}
      >
        <Suspense fallback={<Loading />}>{index && <EmbedPage index={index} />}</Suspense>
      </ViewErrorBoundary>
    </main>
  )
}

function Shell() {
  const { lang, t } = useLanguage()
  const { params, notices, page } = useViewParams()
  const location = useLocation()
  const { query, index } = useDatasetIndex()
  const notFound = page.kind === 'not-found'
  const Page = pages[params.view]
  // Bumped by "Try again" after a view failed: a fresh boundary and a fresh load of the view.
  const [attempt, setAttempt] = useState(0)
  // The indicator view is titled by its indicator; the others by their navigation label.
  const indicator =
    params.view === 'indicator' && params.indicator
      ? index?.indicators.get(params.indicator)
      : undefined
  const viewLabel = notFound
    ? t('share.notFound.documentTitle')
    : indicator
      ? pickText(indicator.name, lang).text
      : t(`nav.${params.view === 'indicator' ? 'overview' : params.view}`)
  useDocumentTitle(t('documentTitle.format', { view: viewLabel, app: t('documentTitle.app') }))
  useImportsFromOtherTabs()
  useLeaveWarning(useWritingImports())
  usePrintFrame(lang, t, index?.dataset.datasetVersion ?? '')
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__top">
          <h1>{t('app.title')}</h1>
          <LanguageSwitch />
        </div>
        <p className="app-header__tagline">{t('app.tagline')}</p>
        <ViewNav />
      </header>
      <main id="main" tabIndex={-1}>
        {notFound ? (
          <NotFoundPage path={location.split('?')[0]!} />
        ) : (
          <>
            <ParamNotices notices={notices} />
            <DataStatus query={query} />
            <CopyLink />
          </>
        )}
        <ViewErrorBoundary
          key={`${params.view}:${attempt}`}
          viewLabel={viewLabel}
          onRetry={() => {
            forgetPage(params.view)
            setAttempt((n) => n + 1)
          }}
        >
          <Suspense fallback={<Loading />}>{index && !notFound && <Page index={index} />}</Suspense>
        </ViewErrorBoundary>
      </main>
      <BriefingPackSlot />
      <DataFooter index={index} />
    </>
  )
}

/** The app with its providers; tests pass their own query client. */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const { params, page } = useViewParams()
  const embedded = page.kind === 'embed-chart' || page.kind === 'embed-figure'
  return (
    <QueryClientProvider client={client}>
      <LanguageProvider lang={params.lang}>
        {embedded ? <EmbedShell /> : <Shell />}
      </LanguageProvider>
    </QueryClientProvider>
  )
}
