// The browser's side of the prerendered overview: the embedded data seeds the query cache, and
// the served HTML is hydrated only when React's first render will be identical to it.
import { QueryClient } from '@tanstack/react-query'
import {
  PRERENDERED_STATE_ID,
  prepareFirstRender,
  serializePrerenderedState,
  type PrerenderedState,
} from '@/app/prerendered-state'
import { datasetQueryOptions, type LoadedDataset } from '@/features/dataset/api/get-dataset'
import {
  setImportEngine,
  type ImportEngine,
  type LoadedImports,
} from '@/features/import/api/import-engine'
import { builtInDataset } from '@mocks/fixtures'

const none: LoadedImports = { imports: [], quarantine: [] }

function stubImports(loaded: LoadedImports | Error) {
  const unavailable = () => Promise.reject(new Error('not in this test'))
  setImportEngine({
    load: () => (loaded instanceof Error ? Promise.reject(loaded) : Promise.resolve(loaded)),
    analyse: unavailable,
    commit: unavailable,
    discard: unavailable,
    remove: unavailable,
    readQuarantine: unavailable,
    clearQuarantine: unavailable,
  } as ImportEngine)
}

function embed(state: Partial<PrerenderedState> | string) {
  const script = document.createElement('script')
  script.type = 'application/json'
  script.id = PRERENDERED_STATE_ID
  script.textContent =
    typeof state === 'string'
      ? state
      : serializePrerenderedState({
          lang: 'en',
          location: '/',
          dataset: builtInDataset() as PrerenderedState['dataset'],
          ...state,
        })
  document.body.append(script)
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

afterEach(() => {
  document.getElementById(PRERENDERED_STATE_ID)?.remove()
  setImportEngine(null)
  vi.restoreAllMocks()
})

describe('prepareFirstRender', () => {
  it('hydrates a Spanish view rendered for its path, whatever the browser prefers', async () => {
    stubImports(none)
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB'])
    window.history.replaceState(null, '', '/es/indicator/involuntary-returns/')
    embed({ lang: 'es', location: '/es/indicator/involuntary-returns' })
    await expect(prepareFirstRender(client())).resolves.toEqual({ hydrate: true })
  })

  it('seeds the dataset and hydrates the default link in the language it was rendered in', async () => {
    stubImports(none)
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB'])
    embed({})
    const queryClient = client()
    await expect(prepareFirstRender(queryClient)).resolves.toEqual({ hydrate: true })
    const seeded = queryClient.getQueryData<LoadedDataset>(datasetQueryOptions().queryKey)
    expect(seeded?.dataset.figures).toHaveLength(builtInDataset().figures.length)
    expect(seeded?.url).toMatch(/\/data\/v1\/dataset\.json$/)
  })

  it.each([
    ['another view in the link', () => window.history.replaceState(null, '', '/sources'), none],
    ['filters in the link', () => window.history.replaceState(null, '', '/?country=JAM'), none],
    [
      'a browser preferring Spanish',
      () => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-MX']),
      none,
    ],
    [
      'figures imported earlier',
      () => {},
      { imports: [{}], quarantine: [] } as unknown as LoadedImports,
    ],
    ['stored imports that cannot be read', () => {}, new Error('IndexedDB blocked')],
  ])('draws over the served HTML (still seeded) with %s', async (_, arrange, imports) => {
    stubImports(imports)
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US'])
    arrange()
    embed({})
    const queryClient = client()
    await expect(prepareFirstRender(queryClient)).resolves.toEqual({ hydrate: false })
    expect(queryClient.getQueryData(datasetQueryOptions().queryKey)).toBeDefined()
  })

  it.each([
    ['no embedded state (development server)', null],
    ['embedded text that is not JSON', '{"lang":'],
    [
      'an embedded value that is not what the build writes',
      JSON.stringify({ lang: 'en', search: '', dataset: { schemaVersion: 2 } }),
    ],
    [
      'embedded state without its language',
      JSON.stringify({ search: '', dataset: builtInDataset() }),
    ],
  ])('leaves the cache empty and does not hydrate with %s', async (_, state) => {
    stubImports(none)
    if (state !== null) embed(state)
    const queryClient = client()
    await expect(prepareFirstRender(queryClient)).resolves.toEqual({ hydrate: false })
    expect(queryClient.getQueryData(datasetQueryOptions().queryKey)).toBeUndefined()
  })
})

describe('serializePrerenderedState', () => {
  it('cannot close its script element, whatever the data says', () => {
    const dataset = {
      ...builtInDataset(),
      datasetVersion: '</script><script>alert(1)</script><!--',
    } as PrerenderedState['dataset']
    const text = serializePrerenderedState({ lang: 'en', location: '/', dataset })
    expect(text).not.toContain('<')
    expect(JSON.parse(text).dataset.datasetVersion).toBe('</script><script>alert(1)</script><!--')
  })
})
