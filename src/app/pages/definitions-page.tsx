import type { PageProps } from '@/app/pages/page-props'
import { DefinitionsView } from '@/features/definitions/components/definitions-view'

/** ?view=definitions: the terms behind the figures; figures link to #definition-<id>. */
export function DefinitionsPage({ index }: PageProps) {
  return <DefinitionsView index={index} />
}
