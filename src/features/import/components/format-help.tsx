import { memo } from 'react'
import { columnHeader, requiredColumns, type ColumnId } from '@/domain/file-format/columns'
import { MAX_IMPORT_BYTES } from '@/features/import/model/limits'
import { useLanguage } from '@/lib/language'

const optional: ColumnId[] = [
  'value',
  'low',
  'high',
  'currency',
  'coverage',
  'geographyName',
  'theme',
  'date',
  'address',
  'place',
  'originalProducer',
  'quotedPerson',
  'evidence',
  'figureId',
]

/** A short statement of the import format; docs/import-format.md has the full one. Memoised: a filter change leaves it as it was. */
export const FormatHelp = memo(function FormatHelp() {
  const { t } = useLanguage()
  const name = (c: ColumnId) => columnHeader(c, t)
  const sample = `${import.meta.env.BASE_URL}samples/import-sample.csv`
  return (
    <details className="format-help">
      <summary>{t('import.page.formatSummary')}</summary>
      <p>{t('import.page.formatIntro')}</p>
      <p>
        <strong>{t('import.page.required')}</strong> {requiredColumns.map(name).join(', ')},{' '}
        {name('value')} / {name('low')}
      </p>
      <p>
        <strong>{t('import.page.optional')}</strong> {optional.map(name).join(', ')}
      </p>
      <p>{t('import.page.rules', { max: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
      <p>
        <a href={sample} download>
          {t('import.page.sample')}
        </a>
      </p>
    </details>
  )
})
