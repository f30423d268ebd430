// How each view loads: its page's code and the messages only it uses.
// routes.tsx draws the pages with these; app/boot.ts starts the one a link asks for at once,
// alongside the app's own code, instead of after it.
import { loadGroup } from '@/lib/i18n'
import type { CatalogueGroup } from '@/locales/catalogue-loaders'

const withMessages = <T>(groups: CatalogueGroup[], page: Promise<T>) =>
  Promise.all([page, ...groups.map(loadGroup)]).then(([m]) => m)

export const viewLoaders = {
  overview: () =>
    withMessages(['figures'], import('@/app/pages/overview-page')).then((m) => ({
      default: m.OverviewPage,
    })),
  indicator: () =>
    withMessages(['figures', 'indicator'], import('@/app/pages/indicator-page')).then((m) => ({
      default: m.IndicatorPage,
    })),
  sources: () =>
    withMessages(['figures', 'views'], import('@/app/pages/sources-page')).then((m) => ({
      default: m.SourcesPage,
    })),
  context: () =>
    withMessages(['figures', 'views'], import('@/app/pages/context-page')).then((m) => ({
      default: m.ContextPage,
    })),
  definitions: () =>
    import('@/app/pages/definitions-page').then((m) => ({ default: m.DefinitionsPage })),
  import: () =>
    // With the format's column headers (the 'columns' group, lib/i18n.ts).
    withMessages(['import'], import('@/app/pages/import-page')).then((m) => ({
      default: m.ImportPage,
    })),
  // Not views of the navigation: a chart or a figure for other sites to frame (app.tsx).
  'embed-chart': () =>
    withMessages(['figures', 'indicator'], import('@/app/pages/embed-chart-page')).then((m) => ({
      default: m.EmbedChartPage,
    })),
  'embed-figure': () =>
    withMessages(['figures', 'indicator'], import('@/app/pages/embed-figure-page')).then((m) => ({
      default: m.EmbedFigurePage,
    })),
}

export type LazyView = keyof typeof viewLoaders

export function isLazyView(view: string | null): view is LazyView {
  return view !== null && Object.hasOwn(viewLoaders, view)
}
