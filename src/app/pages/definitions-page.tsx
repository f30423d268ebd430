import type { PageProps } from '@/app/routes'
import { DefinitionsView } from '@/features/definitions/components/definitions-view'

/** ?view=definitions: the terms behind the figures; figures link to #definition-<id>. */
export function DefinitionsPage({ index }: PageProps) {
  return <DefinitionsView index={index} />
}
