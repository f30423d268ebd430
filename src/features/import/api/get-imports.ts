// Imported datasets are server-like state (they live in IndexedDB, outside React), so they are
// read through React Query like the built-in data, never copied into a store.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { getImportEngine, type CommitOptions, type ImportEngine } from '@/features/import/api/import-engine'
import type { ImportContext } from '@/features/import/model/import-context'

export const importsKeys = {
  all: ['imports'] as const,
  list: () => ['imports', 'list'] as const,
}

export function importsQueryOptions(engine: ImportEngine = getImportEngine()) {
  return queryOptions({
    queryKey: importsKeys.list(),
    queryFn: () => engine.load(),
    // Only this tab changes the stored imports, and every change invalidates the list.
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
    mutationFn: ({ file, context }: { file: File; context: ImportContext }) => getImportEngine().analyse(file, file.name, context),
  })
}

export function useCommitImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ analysisId, options }: { analysisId: string; options: CommitOptions }) => getImportEngine().commit(analysisId, options),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsKeys.all }),
  })
}

export function useDiscardAnalysis() {
  return useMutation({ mutationFn: (analysisId: string) => getImportEngine().discard(analysisId) })
}

export function useRemoveImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (importId: string) => getImportEngine().remove(importId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsKeys.all }),
  })
}

export function useClearQuarantine() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => getImportEngine().clearQuarantine(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsKeys.all }),
  })
}
