import type { PageProps } from '@/app/pages/page-props'
import { ContextView } from '@/features/context/components/context-view'

/** ?view=context: events, the work plan, the organisations involved and the people quoted. */
export function ContextPage({ index }: PageProps) {
  return <ContextView index={index} />
}
