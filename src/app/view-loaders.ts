// How each view loads: its page's code and the messages only it uses, once (lib/load-once.ts).
// routes.tsx draws the pages with these; app/boot.ts starts the one a link asks for at once,
// alongside the app's own code, and app/main.tsx hydrates a served page once it is in.
import { loadGroup, loadStartupMessages } from '@/lib/i18n'
import { isServer } from '@/lib/client-only'
import { loadOnce, type LoadOnce } from '@/lib/load-once'
import { parseLocation } from '@/lib/routing/location'
import type { CatalogueGroup } from '@/locales/catalogue-loaders'

// A view's messages load in the languages whose core messages are in, so in the browser they wait
// for the page's (the prerender has every message already).
const withMessages = <T>(groups: CatalogueGroup[], page: Promise<T>) =>
  Promise.all([
    page,
    (isServer() ? Promise.resolve() : loadStartupMessages()).then(() =>
      Promise.all(groups.map(loadGroup)),
    ),
  ]).then(([m]) => m)

const loaders = {
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
    withMessages(['figures'], import('@/app/pages/embed-figure-page')).then((m) => ({
      default: m.EmbedFigurePage,
    })),
}

export type LazyView = keyof typeof loaders

export const viewLoaders = Object.fromEntries(
  Object.entries(loaders).map(([view, load]) => [view, loadOnce(load)]),
) as { [V in LazyView]: LoadOnce<Awaited<ReturnType<(typeof loaders)[V]>>> }

/** The view an address shows (null: an address that is no page). */
export function viewAt(pathname: string, search: string): LazyView | null {
  const { params, page } = parseLocation(pathname, search)
  return page.kind === 'view' ? params.view : page.kind === 'not-found' ? null : page.kind
}
