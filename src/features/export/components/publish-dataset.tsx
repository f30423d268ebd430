import type { DatasetIndex } from '@/domain/dataset-index'
import { useLanguage } from '@/lib/language'
import { saveFile } from '@/lib/save-file'
import { buildPublishedDataset } from '@/features/export/model/published-dataset'

/** For an organisation that curates figures by import: the combined data as a dataset file to publish (README). */
export function PublishDataset({ index }: { index: DatasetIndex }) {
  const { t } = useLanguage()
  const publish = () => {
    const dataset = buildPublishedDataset(index, new Date())
    saveFile(
      new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' }),
      'dataset.json',
    )
  }
  return (
    <section className="publish-dataset" aria-labelledby="publish-dataset-heading">
      <h3 id="publish-dataset-heading">{t('import.publish.heading')}</h3>
      <p>{t('import.publish.text')}</p>
      <button type="button" onClick={publish}>
        {t('import.publish.button')}
      </button>
    </section>
  )
}
