// Which page draws which view. The view comes from the URL (?view=…).
import type { ComponentType } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { View } from '@/features/filters/model/view-params'
import { OverviewPage } from '@/app/pages/overview-page'
import { IndicatorPage } from '@/app/pages/indicator-page'
import { SourcesPage } from '@/app/pages/sources-page'
import { ContextPage } from '@/app/pages/context-page'
import { DefinitionsPage } from '@/app/pages/definitions-page'
import { ImportPage } from '@/app/pages/import-page'

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
