// Which page draws which view. The view comes from the URL's path (lib/routing/location.ts).
import { lazy, type ComponentType } from 'react'
import type { LoadOnce } from '@/lib/load-once'
import type { PageProps } from '@/app/pages/page-props'
import type { View } from '@/lib/routing/view-params'
import { viewLoaders, type LazyView } from '@/app/view-loaders'

type PageModule = { default: ComponentType<PageProps> }

/**
 * A page whose code is fetched when it is first drawn. Code already in (app/main.tsx waits for
 * a served page's) is handed to React at once, so hydration does not suspend on it. React keeps
 * a failed load for good, so `forget` starts a fresh one for the next draw ("Try again" after a
 * failed download).
 */
function lazyPage(load: LoadOnce<PageModule>) {
  const start = () => {
    const loaded = load.peek()
    // A thenable that settles at once: React.lazy then renders without suspending.
    if (loaded) return { then: (resolve: (m: PageModule) => void) => resolve(loaded) }
    return load()
  }
  const make = () => lazy(start as () => Promise<PageModule>)
  let Loaded = make()
  const Page = (props: PageProps) => <Loaded {...props} />
  return { Page, forget: () => void (Loaded = make()) }
}

// Every view's code, and the messages only it uses, is fetched when it is opened, so that the app
// chunk every route shares holds only the frame (budget per route: scripts/bench-size.ts).
const lazyPages = Object.fromEntries(
  Object.entries(viewLoaders).map(([view, load]) => [view, lazyPage(load as LoadOnce<PageModule>)]),
) as Record<LazyView, ReturnType<typeof lazyPage>>

export const pages: Record<View, ComponentType<PageProps>> = {
  overview: lazyPages.overview.Page,
  indicator: lazyPages.indicator.Page,
  sources: lazyPages.sources.Page,
  context: lazyPages.context.Page,
  definitions: lazyPages.definitions.Page,
  import: lazyPages.import.Page,
}

/** The pages other sites may frame: a chart or a figure (pages/embed-chart-page.tsx, embed-figure-page.tsx). */
export const embedPages = {
  'embed-chart': lazyPages['embed-chart'].Page,
  'embed-figure': lazyPages['embed-figure'].Page,
}
export type EmbedKind = keyof typeof embedPages

/** Forgets a view's failed load, so that drawing it again fetches its code again. */
export function forgetPage(view: View | EmbedKind): void {
  lazyPages[view].forget()
}
