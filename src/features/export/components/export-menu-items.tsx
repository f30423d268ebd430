import { useId, type ReactNode } from 'react'
import { useLanguage } from '@/lib/language'
import { pngSizes } from '@/features/export/model/png-resolution'
import { useDatasetIndex } from '@/features/dataset/use-dataset-index'
import type { useExportActions } from '@/features/export/components/use-export-actions'

type Actions = ReturnType<typeof useExportActions>
type Choose = (action: () => unknown) => void

function Item({
  onClick,
  children,
  disabled,
}: {
  onClick: () => void
  children: ReactNode
  disabled?: boolean
}) {
  return (
    <li>
      <button
        type="button"
        data-export-item
        className="export-menu__item"
        onClick={onClick}
        disabled={disabled}
      >
        {children}
      </button>
    </li>
  )
}

function Group({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div role="group" aria-labelledby={id} className="export-menu__group">
      <p id={id} className="export-menu__group-label">
        {label}
      </p>
      <ul>{children}</ul>
    </div>
  )
}

/** The full dataset needs the loaded data, read from the app's one data query. */
function FullDatasetItems({ actions, choose }: { actions: Actions; choose: Choose }) {
  const { t } = useLanguage()
  const { index } = useDatasetIndex()
  return (
    <>
      <Item
        disabled={!index}
        onClick={() => index && choose(() => actions.downloadFullDataset(index))}
      >
        {t('export.menu.fullDataset')}
      </Item>
      <Item
        disabled={!index}
        onClick={() => index && choose(() => actions.downloadFullDataPackage(index))}
      >
        {t('export.menu.fullDataPackage')}
      </Item>
    </>
  )
}

export function ExportMenuItems({
  actions,
  choose,
  withFullDataset,
}: {
  actions: Actions
  choose: Choose
  withFullDataset: boolean
}) {
  const { t } = useLanguage()
  const prefix = useId()
  const ids = { image: `${prefix}-image`, data: `${prefix}-data`, share: `${prefix}-share` }
  return (
    <>
      <Group id={ids.image} label={t('export.menu.groupImage')}>
        <Item onClick={() => choose(() => actions.downloadFile('png-screen'))}>
          {t('export.menu.pngScreen', { width: pngSizes.screen.width })}
        </Item>
        <Item onClick={() => choose(() => actions.downloadFile('png-print'))}>
          {t('export.menu.pngPrint', { width: pngSizes.print.width })}
        </Item>
        <Item onClick={() => choose(() => actions.downloadFile('png-page'))}>
          {t('export.menu.pngPage')}
        </Item>
        <Item onClick={() => choose(() => actions.downloadFile('png-slide'))}>
          {t('export.menu.pngSlide')}
        </Item>
        <Item onClick={() => choose(() => actions.downloadFile('svg'))}>
          {t('export.menu.svg')}
        </Item>
      </Group>
      <Group id={ids.data} label={t('export.menu.groupData')}>
        <Item onClick={() => choose(() => actions.downloadFile('csv'))}>
          {t('export.menu.csv')}
        </Item>
        <Item onClick={() => choose(() => actions.downloadFile('xlsx'))}>
          {t('export.menu.xlsx')}
        </Item>
        {actions.importedCount > 0 && (
          <Item onClick={() => choose(() => actions.downloadFile('imported-csv'))}>
            {t('export.menu.importedCsv', { count: actions.importedCount })}
          </Item>
        )}
        <Item onClick={() => choose(() => actions.downloadFile('data-package'))}>
          {t('export.menu.dataPackage')}
        </Item>
        {withFullDataset && <FullDatasetItems actions={actions} choose={choose} />}
      </Group>
      <Group id={ids.share} label={t('export.menu.groupShare')}>
        <Item onClick={() => choose(actions.copyImage)}>{t('export.menu.copyImage')}</Item>
        <Item onClick={() => choose(actions.copyAltText)}>{t('export.menu.copyAltText')}</Item>
        <Item onClick={() => choose(actions.copyCitation)}>{t('export.menu.copyCitation')}</Item>
        {withFullDataset && (
          <Item onClick={() => choose(actions.openCitations)}>{t('export.menu.cite')}</Item>
        )}
        <Item onClick={() => choose(actions.print)}>{t('export.menu.print')}</Item>
      </Group>
      <p className="export-menu__note">{t('export.menu.note')}</p>
    </>
  )
}
