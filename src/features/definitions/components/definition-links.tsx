import { useContext } from 'react'
import { QueryClientContext } from '@tanstack/react-query'
import { datasetQueryOptions } from '@/features/dataset/api/get-dataset'
import { definitionHref } from '@/features/definitions/model/definition-anchor'
import { followDefinitionLink } from '@/features/definitions/navigate-to-definition'
import { useViewParams } from '@/lib/routing/use-view-params'
import { pickText } from '@/domain/translate'
import { useLanguage } from '@/lib/language'

/**
 * "Definitions: Migrant smuggling, Lower bound": links from a figure to the terms it relies on.
 * The terms are read from the query cache without subscribing, so a figure card also renders
 * outside a QueryClientProvider (unit tests, an export renderer); ids are shown if not loaded.
 */
export function DefinitionLinks({ ids }: { ids: readonly string[] | undefined }) {
  const { lang, t } = useLanguage()
  const { params } = useViewParams()
  const client = useContext(QueryClientContext)
  if (!ids || ids.length === 0) return null
  const definitions =
    client?.getQueryData(datasetQueryOptions().queryKey)?.dataset.definitions ?? []
  return (
    <p className="definition-links">
      <span className="definition-links__label">{t('definitions.linksLabel')}</span>{' '}
      {ids.map((id, i) => {
        const definition = definitions.find((d) => d.id === id)
        const term = definition ? pickText(definition.term, lang) : undefined
        return (
          <span key={id}>
            {i > 0 && ', '}
            <a
              href={definitionHref(params, id)}
              onClick={followDefinitionLink}
              lang={term?.fallback ? term.lang : undefined}
            >
              {term?.text ?? id}
            </a>
          </span>
        )
      })}
    </p>
  )
}
