import {
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { QueryClientContext } from '@tanstack/react-query'
import { useLanguage } from '@/lib/language'
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'
import type { ExportMenuItems } from '@/features/export/components/export-menu-items'
import {
  reasonOf,
  useExportActions,
  type ExportMenuProps,
} from '@/features/export/components/use-export-actions'
import { usePrintLayout } from '@/features/export/lib/print-layout'

/**
 * The menu's items and their texts load when a menu is first about to open (pointer over or
 * focus on its button), not with the page: the first view's budget (scripts/bench-size.ts).
 */
const CitationsDialog = lazy(() =>
  import('@/features/export/components/citations-dialog').then((m) => ({
    default: m.CitationsDialog,
  })),
)

type Items = typeof ExportMenuItems
const loadItems = loadOnce(() =>
  Promise.all([import('@/features/export/components/export-menu-items'), loadGroup('export')]).then(
    ([m]) => m.ExportMenuItems,
  ),
)

/**
 * A disclosure button opening the export menu: images, data, copy and print. Arrow keys move
 * between items, Escape closes and returns focus to the button, as does choosing an item.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { t } = useLanguage()
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const actions = useExportActions(props)
  usePrintLayout()
  // The full dataset comes from the app's data query; without a query client (a card rendered
  // on its own) that item is left out rather than failing.
  const hasDataQuery = useContext(QueryClientContext) !== undefined
  const [Items, setItems] = useState<Items | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!open || Items) return
    let current = true
    loadItems().then(
      (loaded) => current && setItems(() => loaded),
      (error: unknown) => current && setLoadError(reasonOf(error)),
    )
    return () => {
      current = false
    }
  }, [open, Items, attempt])

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    setLoadError(null)
    if (returnFocus) buttonRef.current?.focus()
  }, [])

  // Focus goes to the first item once the items are there (see also the retry button).
  useEffect(() => {
    if (open)
      rootRef.current
        ?.querySelector<HTMLButtonElement>('[data-export-item]:not(:disabled)')
        ?.focus()
  }, [open, Items])

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open, close])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open) return
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
      return
    }
    const items = [
      ...(rootRef.current?.querySelectorAll<HTMLButtonElement>(
        '[data-export-item]:not(:disabled)',
      ) ?? []),
    ]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    const next: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: items.length - 1,
    }
    const target = next[event.key]
    if (target === undefined || items.length === 0) return
    event.preventDefault()
    items[(target + items.length) % items.length]?.focus()
  }

  const choose = (action: () => unknown) => {
    close(true)
    void action()
  }

  return (
    <div
      className="export-menu no-print"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (
          open &&
          !rootRef.current?.contains(event.relatedTarget as Node | null) &&
          event.relatedTarget
        )
          close(false)
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="export-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('export.menu.buttonLabel', { title: props.title })}
        onClick={() => (open ? close(true) : setOpen(true))}
        onPointerEnter={() => void loadItems().catch(() => undefined)}
        onFocus={() => void loadItems().catch(() => undefined)}
      >
        {t('export.menu.button')}
      </button>
      <div id={panelId} className="export-menu__panel" hidden={!open}>
        {open && Items && (
          <Items actions={actions} choose={choose} withFullDataset={hasDataQuery} />
        )}
        {open && !Items && !loadError && (
          <p className="export-menu__note" role="status">
            {t('export.menu.loading')}
          </p>
        )}
        {open && !Items && loadError && (
          <div className="export-menu__note" role="alert">
            <p>{t('export.menu.loadFailed', { reason: loadError })}</p>
            <button
              type="button"
              data-export-item
              className="export-menu__item"
              onClick={() => {
                setLoadError(null)
                setAttempt((n) => n + 1)
              }}
            >
              {t('export.menu.retry')}
            </button>
          </div>
        )}
      </div>
      {actions.citing && (
        <Suspense fallback={null}>
          <CitationsDialog
            descriptions={props.descriptions}
            title={props.title}
            subtitle={props.subtitle}
            datasetVersion={actions.datasetVersion()}
            onClose={() => {
              actions.closeCitations()
              buttonRef.current?.focus()
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
    </div>
  )
}
