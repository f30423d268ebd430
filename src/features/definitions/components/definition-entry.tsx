import type { Definition, Indicator } from '@/domain/dataset-schema'
import { definitionAnchorId } from '@/features/definitions/model/definition-anchor'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { useLanguage } from '@/lib/language'

/** One term: what it means, where the meaning comes from, and which indicators depend on it. */
export function DefinitionEntry({
  definition,
  usedBy,
  current,
}: {
  definition: Definition
  usedBy: Indicator[]
  current: boolean
}) {
  const { t } = useLanguage()
  const anchor = definitionAnchorId(definition.id)
  return (
    <section
      id={anchor}
      tabIndex={-1}
      aria-labelledby={`${anchor}-term`}
      className={current ? 'definition definition--current' : 'definition'}
    >
      <h3 id={`${anchor}-term`} className="definition__term">
        <DatasetText text={definition.term} />
      </h3>
      <p className="definition__text">
        <DatasetText text={definition.text} />
      </p>
      <p className="definition__reference">
        <strong>{t('definitions.reference')}</strong> <DatasetText text={definition.reference} />
      </p>
      {usedBy.length > 0 && (
        <p className="definition__used-by">
          <strong>{t('definitions.usedBy')}</strong>{' '}
          {usedBy.map((indicator, i) => (
            <span key={indicator.id}>
              {i > 0 && ', '}
              <DatasetText text={indicator.name} />
            </span>
          ))}
        </p>
      )}
    </section>
  )
}
