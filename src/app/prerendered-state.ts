// The production build serves the overview already rendered (scripts/prerender.ts), with the
// built-in dataset it was rendered from embedded as JSON. Before React starts, the browser puts
// that data into the query cache, so the first render has the figures at once and no request
// waits. React then hydrates the served HTML when its own first render will be identical (the
// default link, the language the page was rendered in, no imported figures); otherwise it
// renders the asked-for view over it, still without a loading state.
import type { QueryClient } from '@tanstack/react-query'
import { parseDataset } from '@/domain/validate-dataset'
import { datasetQueryOptions, type LoadedDataset } from '@/features/dataset/api/get-dataset'
import { importsQueryOptions } from '@/features/import/api/get-imports'
import { browserLanguage } from '@/lib/i18n'
import { dataBaseUrl } from '@/lib/config'
import type { Language } from '@/domain/translate'

/** The id of the <script type="application/json"> holding the embedded state. */
export const PRERENDERED_STATE_ID = 'prerendered-state'

/** What the prerender embeds: the raw dataset payload (parsed again here, at the boundary). */
export interface PrerenderedState {
  lang: Language
  search: string
  dataset: unknown
}

export function serializePrerenderedState(state: PrerenderedState): string {
  // "<" escaped so the JSON can never close its <script> element or open a comment.
  return JSON.stringify(state).replaceAll('<', '\\u003c')
}

function readState(): PrerenderedState | null {
  const text = document.getElementById(PRERENDERED_STATE_ID)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as PrerenderedState
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
    const parsed = parseDataset(state.dataset)
    if (parsed.ok) {
      const loaded: LoadedDataset = { dataset: parsed.data, issues: parsed.issues, url: `${dataBaseUrl}/dataset.json` }
      queryClient.setQueryData(datasetQueryOptions().queryKey, loaded)
      seeded = true
    }
  }
  const imports = await queryClient.fetchQuery(importsQueryOptions()).catch(() => null)
  const noImports = imports !== null && imports.imports.length === 0 && imports.quarantine.length === 0
  const sameView = state !== null && window.location.search === state.search && browserLanguage() === state.lang
  return { hydrate: seeded && noImports && sameView }
}
