// Which page draws which view. The view comes from the URL (?view=…).
import { lazy, type ComponentType } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { View } from '@/features/filters/model/view-params'
import { loadGroup } from '@/lib/i18n'
import type { CatalogueGroup } from '@/locales/catalogue-loaders'
import { OverviewPage } from '@/app/pages/overview-page'

// The overview (the first view, prerendered) is in the entry chunk; the other views' code, and
// the messages only they use, are fetched when one is opened (budget: scripts/bench-size.ts).
const withMessages = <T,>(group: CatalogueGroup, page: Promise<T>) => Promise.all([page, loadGroup(group)]).then(([m]) => m)
const IndicatorPage = lazy(() => withMessages('indicator', import('@/app/pages/indicator-page')).then((m) => ({ default: m.IndicatorPage })))
const SourcesPage = lazy(() => withMessages('views', import('@/app/pages/sources-page')).then((m) => ({ default: m.SourcesPage })))
const ContextPage = lazy(() => withMessages('views', import('@/app/pages/context-page')).then((m) => ({ default: m.ContextPage })))
const DefinitionsPage = lazy(() => import('@/app/pages/definitions-page').then((m) => ({ default: m.DefinitionsPage })))
const ImportPage = lazy(() => withMessages('import', import('@/app/pages/import-page')).then((m) => ({ default: m.ImportPage })))

export interface PageProps {
  index: DatasetIndex
}

export const pages: Record<View, ComponentType<PageProps>> = {
  overview: OverviewPage,
  indicator: IndicatorPage,
  sources: SourcesPage,
  context: ContextPage,
  definitions: DefinitionsPage,
  import: ImportPage,
}
