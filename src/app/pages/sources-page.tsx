import type { PageProps } from '@/app/routes'
import { SourcesView } from '@/features/sources/components/sources-view'

/** ?view=sources: each source document, what it names, and the figures taken from it. */
export function SourcesPage({ index }: PageProps) {
  return <SourcesView index={index} />
}
