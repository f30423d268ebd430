import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import {
  buildPlaceOptions,
  groupPlaceOptions,
  searchPlaceOptions,
} from '@/features/filters/model/place-options'
import { useLanguage } from '@/lib/language'

interface PlaceListProps {
  /** The panel's id, which the picker's toggle controls. */
  id: string
  /** Once loaded the list stays (hidden while closed), keeping its search. */
  open: boolean
  index: DatasetIndex
  selected: string[]
  toggle: (code: string, on: boolean) => void
  /** Escape: the picker closes the list and takes the focus back. */
  onClose: () => void
}

/**
 * The open place picker: a search box and the countries and regions as plain checkboxes, grouped
 * by level (usable with any keyboard or screen reader); the search narrows the list as you type.
 * Loaded when the picker is first opened (place-picker.tsx).
 */
export function PlaceList({ id, open, index, selected, toggle, onClose }: PlaceListProps) {
  const { lang, t } = useLanguage()
  const [query, setQuery] = useState('')
  const searchRef = useRef<HTMLInputElement>(null)
  const options = useMemo(() => buildPlaceOptions(index, lang), [index, lang])
  const names = useMemo(() => new Map(options.map((o) => [o.code, o.name])), [options])
  const found = searchPlaceOptions(options, query)
  const groups = groupPlaceOptions(found)

  useEffect(() => {
    if (open) searchRef.current?.focus()
  }, [open])

  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onClose()
  }

  return (
    <div id={id} className="place-picker__panel" hidden={!open} onKeyDown={close}>
      <label htmlFor={`${id}-search`}>{t('dashboard.filters.place.search')}</label>
      <input
        ref={searchRef}
        id={`${id}-search`}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={`${id}-count`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={`${id}-count`} className="place-picker__count" role="status">
        {found.length === 0
          ? t('dashboard.filters.place.noMatch', { query })
          : t('dashboard.filters.place.matches', { count: found.length })}
      </p>
      <div className="place-picker__list">
        {groups.map((group) => (
          <div key={group.id} role="group" aria-labelledby={`${id}-${group.id}`}>
            <p id={`${id}-${group.id}`} className="place-picker__group">
              {t(`dashboard.filters.place.group.${group.id}`)}
            </p>
            <ul>
              {group.options.map((o) => (
                <li key={o.code}>
                  <label>
                    <input
                      type="checkbox"
                      checked={selected.includes(o.code)}
                      onChange={(e) => toggle(o.code, e.target.checked)}
                    />{' '}
                    {o.name}
                    {o.memberOf.length > 0 && (
                      <span className="place-picker__hint">
                        {' '}
                        {t('dashboard.filters.place.memberOf', {
                          regions: o.memberOf.map((c) => names.get(c) ?? c).join('; '),
                        })}
                      </span>
                    )}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  )
}
