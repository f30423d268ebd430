// The production build serves every view already rendered (scripts/prerender.ts), with the
// built-in dataset it was rendered from embedded as JSON. Before React starts, the browser puts
// that data into the query cache, so the first render has the figures at once and no request
// waits. React then hydrates the served HTML when its own first render will be identical (the
// address the page was rendered for, the language it was rendered in, no imported figures); otherwise it
// renders the asked-for view over it, still without a loading state.
//
// The embedded dataset is build output: scripts/prerender.ts parsed it with the dataset schema
// (parseDataset) and fails the build on any invalid record, and embeds the parsed result. It is
// not parsed again here: that would cost a phone ~100 ms of main-thread time before the page
// responds, to re-check what the same build checked. Data fetched at run time is still parsed.
import type { QueryClient } from '@tanstack/react-query'
import type { Dataset } from '@/domain/dataset-schema'
import { datasetQueryOptions, type LoadedDataset } from '@/features/dataset/api/get-dataset'
import { importsQueryOptions } from '@/features/import/api/get-imports'
import { browserLanguage } from '@/lib/i18n'
import { parseLocation } from '@/lib/routing/location'
import { dataBaseUrl } from '@/lib/config'
import type { Language } from '@/domain/translate'

import { PRERENDERED_STATE_ID, servedLocation } from '@/app/prerendered-id'

export { PRERENDERED_STATE_ID }

/** What the prerender embeds: the page's language and address, and the dataset as parsed at build time. */
export interface PrerenderedState {
  lang: Language
  /** "/es/sources": the address the page was rendered for (servedLocation). */
  location: string
  dataset: Dataset
}

export function serializePrerenderedState(state: PrerenderedState): string {
  // "<" escaped so the JSON can never close its <script> element or open a comment.
  return JSON.stringify(state).replaceAll('<', '\\u003c')
}

/** The embedded state, or null when absent or not what this build writes (a cheap shape check). */
function readState(): PrerenderedState | null {
  const text = document.getElementById(PRERENDERED_STATE_ID)?.textContent
  if (!text) return null
  try {
    const state = JSON.parse(text) as Partial<PrerenderedState> | null
    const dataset = state?.dataset as Partial<Dataset> | undefined
    const looksBuilt =
      dataset?.schemaVersion === 1 &&
      Array.isArray(dataset.figures) &&
      Array.isArray(dataset.indicators)
    return looksBuilt && typeof state?.lang === 'string' && typeof state.location === 'string'
      ? (state as PrerenderedState)
      : null
  } catch {
    return null
  }
}

/**
 * Seeds the query cache from the embedded state and waits for the saved imports (IndexedDB,
 * a few milliseconds). Returns whether the served HTML can be hydrated as it is.
 */
export async function prepareFirstRender(queryClient: QueryClient): Promise<{ hydrate: boolean }> {
  const state = readState()
  let seeded = false
  if (state) {
    const loaded: LoadedDataset = {
      dataset: state.dataset,
      issues: [],
      url: `${dataBaseUrl}/dataset.json`,
    }
    queryClient.setQueryData(datasetQueryOptions().queryKey, loaded)
    seeded = true
  }
  const imports = await queryClient.fetchQuery(importsQueryOptions()).catch(() => null)
  const noImports =
    imports !== null && imports.imports.length === 0 && imports.quarantine.length === 0
  const sameView =
    state !== null &&
    servedLocation(window.location.pathname, window.location.search) === state.location &&
    (parseLocation(window.location.pathname, '').params.lang ?? browserLanguage()) === state.lang
  return { hydrate: seeded && noImports && sameView }
}
