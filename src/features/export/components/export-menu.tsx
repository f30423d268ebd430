import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useLanguage } from '@/lib/language'
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'
import { useLoaded } from '@/lib/use-loaded'
import type { ExportMenuProps } from '@/features/export/components/use-export-actions'
import { reasonOf } from '@/features/export/lib/load-exports'
import { usePrintLayout } from '@/features/export/lib/print-layout'

/**
 * The menu's working part (its items, what they do, their texts) loads when a menu is first
 * about to open (pointer over or focus on its button), not with the page: every route's
 * first-view budget (scripts/bench-size.ts). Until then the button and the empty panel and
 * status line stand in its place, the same boxes, so nothing moves when it arrives.
 */
const loadBody = loadOnce(() =>
  Promise.all([import('@/features/export/components/export-menu-body'), loadGroup('export')]).then(
    ([m]) => m.ExportMenuBody,
  ),
)
const prefetch = () => void loadBody().catch(() => undefined)

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
  usePrintLayout()
  const body = useLoaded(loadBody, open)
  const Loaded = body.value
  const loadError = body.failed ? reasonOf(body.error) : null

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }, [])

  // Focus goes to the first item once the items are there (see also the retry button).
  useEffect(() => {
    if (open)
      rootRef.current
        ?.querySelector<HTMLButtonElement>('[data-export-item]:not(:disabled)')
        ?.focus()
  }, [open, Loaded])

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
        onClick={() => {
          if (open) return close(true)
          if (body.failed) body.retry()
          setOpen(true)
        }}
        onPointerEnter={prefetch}
        onFocus={prefetch}
      >
        {t('export.menu.button')}
      </button>
      {Loaded ? (
        <Loaded
          menu={props}
          open={open}
          panelId={panelId}
          choose={choose}
          focusButton={() => buttonRef.current?.focus()}
        />
      ) : (
        <>
          <div id={panelId} className="export-menu__panel" hidden={!open}>
            {open && !loadError && (
              <p className="export-menu__note" role="status">
                {t('export.menu.loading')}
              </p>
            )}
            {open && loadError && (
              <div className="export-menu__note" role="alert">
                <p>{t('export.menu.loadFailed', { reason: loadError })}</p>
                <button
                  type="button"
                  data-export-item
                  className="export-menu__item"
                  onClick={body.retry}
                >
                  {t('export.menu.retry')}
                </button>
              </div>
            )}
          </div>
          <div className="export-menu__message" data-tone="none">
            <p className="export-menu__status" role="status" />
          </div>
        </>
      )}
    </div>
  )
}
