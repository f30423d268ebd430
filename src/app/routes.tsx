// Which page draws which view. The view comes from the URL (?view=…).
import { lazy, type ComponentType } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { View } from '@/features/filters/model/view-params'
import { OverviewPage } from '@/app/pages/overview-page'
import { viewLoaders } from '@/app/view-loaders'

// The overview (the first view, prerendered) is in the app chunk; the other views' code, and
// the messages only they use, are fetched when one is opened (budget: scripts/bench-size.ts).
const IndicatorPage = lazy(viewLoaders.indicator)
const SourcesPage = lazy(viewLoaders.sources)
const ContextPage = lazy(viewLoaders.context)
const DefinitionsPage = lazy(viewLoaders.definitions)
const ImportPage = lazy(viewLoaders.import)

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
