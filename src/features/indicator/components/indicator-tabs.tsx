import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import { tabs, type Tab } from '@/lib/routing/view-params'
import { useViewParams } from '@/lib/routing/use-view-params'
import { useLanguage } from '@/lib/language'
import { prefetchIndicatorMap as prefetchMap } from '@/features/indicator/components/lazy-indicator-map'

/** Line / Bar / Map / Table tabs; a chosen tab is in the URL (?tab=line), so a link reopens it. `current` is the tab shown (the default for the data's shape when the link names none). */
export function IndicatorTabs({
  current,
  idPrefix,
  children,
}: {
  current: Tab
  idPrefix: string
  children: ReactNode
}) {
  const { t } = useLanguage()
  const { setParams } = useViewParams()
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({})
  const select = (tab: Tab, focus = false) => {
    setParams({ tab })
    if (focus) refs.current[tab]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const i = tabs.indexOf(current)
    const next =
      event.key === 'ArrowRight'
        ? tabs[(i + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(i - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined
    if (!next) return
    event.preventDefault()
    select(next, true)
  }
  return (
    <div className="indicator-tabs">
      <div
        role="tablist"
        aria-label={t('dashboard.indicator.tabs')}
        className="indicator-tabs__list"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              refs.current[tab] = el
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab}`}
            aria-selected={tab === current}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => select(tab)}
            onPointerEnter={tab === 'map' ? prefetchMap : undefined}
            onFocus={tab === 'map' ? prefetchMap : undefined}
          >
            {t(`dashboard.indicator.tab.${tab}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${current}`}
        className="indicator-tabs__panel"
      >
        {children}
      </div>
    </div>
  )
}
