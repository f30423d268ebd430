import type { DatasetIndex } from '@/domain/dataset-index'
import { definitionAnchorId } from '@/features/definitions/model/definition-anchor'
import { indicatorsUsingDefinition } from '@/features/definitions/model/definition-usage'
import { DefinitionEntry } from '@/features/definitions/components/definition-entry'
import { DatasetText } from '@/features/definitions/components/dataset-text'
import { useDefinitionHashTarget } from '@/features/definitions/use-hash-target'
import { useLanguage } from '@/lib/language'

/** The terms a reader needs to read the figures right, each with an anchor figures link to. */
export function DefinitionsView({ index }: { index: DatasetIndex }) {
  const { t } = useLanguage()
  const current = useDefinitionHashTarget()
  const definitions = index.dataset.definitions
  return (
    <div className="definitions-view">
      <h2>{t('definitions.heading')}</h2>
      <p className="view-intro">{t('definitions.intro')}</p>
      {definitions.length === 0 ? (
        <p>{t('definitions.none')}</p>
      ) : (
        <>
          <nav aria-labelledby="definitions-contents" className="definitions-contents">
            <h3 id="definitions-contents" className="definitions-contents__heading">
              {t('definitions.contents')}
            </h3>
            <ul>
              {definitions.map((d) => (
                <li key={d.id}>
                  <a href={`#${definitionAnchorId(d.id)}`}>
                    <DatasetText text={d.term} />
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="definition-list">
            {definitions.map((d) => (
              <DefinitionEntry
                key={d.id}
                definition={d}
                usedBy={indicatorsUsingDefinition(index, d.id)}
                current={current === d.id}
              />
            ))}
          </div>
        </>
      )}
    </div>
  )
}
