// Imported datasets are server-like state (they live in IndexedDB, outside React), so they are
// read through React Query like the built-in data, never copied into a store.
import { useEffect } from 'react'
import {
  queryOptions,
  useIsMutating,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  getImportEngine,
  type CommitOptions,
  type ImportEngine,
} from '@/features/import/api/import-engine'
import type { ImportContext } from '@/features/import/model/import-context'

export const importsKeys = {
  all: ['imports'] as const,
  list: () => ['imports', 'list'] as const,
  /** The mutations that write to the browser's storage (save, remove, clear). */
  writes: () => ['imports', 'write'] as const,
}

// Other tabs of the dashboard share the stored imports: each change is announced to them, and
// each tab reads the list again when another announces one.
const CHANNEL = 'migration-dashboard:imports'

function announceChange(): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.postMessage('changed')
  channel.close()
}

/** Reads the list again when another tab saved or removed an import. */
export function useImportsFromOtherTabs(): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(CHANNEL)
    channel.onmessage = () => void queryClient.invalidateQueries({ queryKey: importsKeys.all })
    return () => channel.close()
  }, [queryClient])
}

/** True while a save, removal or clearing is being written (leaving the page would cut it). */
export function useWritingImports(): boolean {
  return useIsMutating({ mutationKey: importsKeys.writes() }) > 0
}

export function importsQueryOptions(engine: ImportEngine = getImportEngine()) {
  return queryOptions({
    queryKey: importsKeys.list(),
    queryFn: () => engine.load(),
    // Every change, in this tab or another (useImportsFromOtherTabs), invalidates the list.
    staleTime: Infinity,
    retry: false,
  })
}

export function useImports() {
  return useQuery(importsQueryOptions())
}

/** Reads and checks a file (in the worker); nothing is stored. */
export function useAnalyseImport() {
  return useMutation({
    mutationFn: ({ file, context }: { file: File; context: ImportContext }) =>
      getImportEngine().analyse(file, file.name, context),
  })
}

/** A write to the browser's storage: announced to other tabs, then the list is read again. */
function useWrite<Variables = void, Result = void>(
  write: (engine: ImportEngine, variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: importsKeys.writes(),
    mutationFn: (variables: Variables) => write(getImportEngine(), variables),
    onSuccess: announceChange,
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsKeys.all }),
  })
}

export const useCommitImport = () =>
  useWrite((engine, { analysisId, options }: { analysisId: string; options: CommitOptions }) =>
    engine.commit(analysisId, options),
  )

export const useRemoveImport = () => useWrite((engine, importId: string) => engine.remove(importId))

export const useClearQuarantine = () => useWrite((engine) => engine.clearQuarantine())
