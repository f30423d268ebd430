import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import {
  buildPlaceOptions,
  groupPlaceOptions,
  searchPlaceOptions,
} from '@/features/filters/model/place-options'
import { useLanguage } from '@/lib/language'

interface PlacePickerProps {
  index: DatasetIndex
  /** Selected geography codes known to the data, in the link's order. */
  selected: string[]
  onChange: (places: string[]) => void
}

/**
 * Countries and regions as a searchable checkbox list, grouped by level. Plain checkboxes keep
 * it usable with any keyboard or screen reader; the search narrows the list as you type.
 */
export function PlacePicker({ index, selected, onChange }: PlacePickerProps) {
  const { lang, t } = useLanguage()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const toggleRef = useRef<HTMLButtonElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const options = useMemo(() => buildPlaceOptions(index, lang), [index, lang])
  const names = useMemo(() => new Map(options.map((o) => [o.code, o.name])), [options])
  const found = searchPlaceOptions(options, query)
  const groups = groupPlaceOptions(found)

  useEffect(() => {
    if (open) searchRef.current?.focus()
  }, [open])

  const toggle = (code: string, on: boolean) =>
    onChange(
      on ? [...selected.filter((c) => c !== code), code] : selected.filter((c) => c !== code),
    )
  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    setOpen(false)
    toggleRef.current?.focus()
  }

  return (
    <fieldset className="filter place-picker">
      <legend>{t('dashboard.filters.place.label')}</legend>
      {selected.length > 0 ? (
        <ul className="chips" aria-label={t('dashboard.filters.place.selected')}>
          {selected.map((code) => (
            <li key={code}>
              <button
                type="button"
                className="chip"
                onClick={() => toggle(code, false)}
                aria-label={t('dashboard.filters.place.remove', { name: names.get(code) ?? code })}
              >
                {names.get(code) ?? code} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="filter__current">{t('dashboard.filters.allPlaces')}</p>
      )}
      <button
        ref={toggleRef}
        type="button"
        className="place-picker__toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        {t(open ? 'dashboard.filters.place.close' : 'dashboard.filters.place.open')}
      </button>
      <div id={`${id}-panel`} className="place-picker__panel" hidden={!open} onKeyDown={close}>
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
    </fieldset>
  )
}
