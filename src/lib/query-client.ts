import { QueryClient } from '@tanstack/react-query'

/** The app's query client; tests make their own with retry off. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
    },
  })
}
