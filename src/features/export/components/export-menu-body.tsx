// The export menu's working part: what each item does (use-export-actions.ts), the items, the
// citations dialog and the status line. Loaded with the items when a menu is first about to
// open (export-menu.tsx), not with the page.
import { lazy, Suspense, useContext } from 'react'
import { QueryClientContext } from '@tanstack/react-query'
import { useLanguage } from '@/lib/language'
import { ExportMenuItems } from '@/features/export/components/export-menu-items'
import {
  useExportActions,
  type ExportMenuProps,
} from '@/features/export/components/use-export-actions'

const CitationsDialog = lazy(() =>
  import('@/features/export/components/citations-dialog').then((m) => ({
    default: m.CitationsDialog,
  })),
)

interface BodyProps {
  menu: ExportMenuProps
  open: boolean
  panelId: string
  /** Closes the menu (focus back on its button) and runs the chosen item. */
  choose: (action: () => unknown) => void
  /** Focus back on the menu's button (after the citations dialog). */
  focusButton: () => void
}

/** The panel, the citations dialog and the status line, in the place of the menu's placeholders. */
export function ExportMenuBody({ menu, open, panelId, choose, focusButton }: BodyProps) {
  const { t } = useLanguage()
  const actions = useExportActions(menu)
  // The full dataset comes from the app's data query; without a query client (a card rendered
  // on its own) that item is left out rather than failing.
  const hasDataQuery = useContext(QueryClientContext) !== undefined
  return (
    <>
      <div id={panelId} className="export-menu__panel" hidden={!open}>
        {open && (
          <ExportMenuItems actions={actions} choose={choose} withFullDataset={hasDataQuery} />
        )}
      </div>
      {actions.citing && (
        <Suspense fallback={null}>
          <CitationsDialog
            descriptions={menu.descriptions}
            title={menu.title}
            subtitle={menu.subtitle}
            datasetVersion={actions.datasetVersion()}
            onClose={() => {
              actions.closeCitations()
              focusButton()
            }}
          />
        </Suspense>
      )}
      <div className="export-menu__message" data-tone={actions.status?.tone ?? 'none'}>
        <p className="export-menu__status" role="status">
          {actions.status?.text}
        </p>
        {actions.status?.tone === 'error' && (
          <button type="button" className="export-menu__dismiss" onClick={actions.dismiss}>
            {t('export.status.dismiss')}
          </button>
        )}
      </div>
    </>
  )
}
