import type { PageProps } from '@/app/pages/page-props'
import { SourcesView } from '@/features/sources/components/sources-view'

/** ?view=sources: each source document, what it names, and the figures taken from it. */
export function SourcesPage({ index }: PageProps) {
  return <SourcesView index={index} />
}
