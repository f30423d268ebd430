import { useId, useRef, useState } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import { pickText } from '@/domain/translate'
import { loadGroup } from '@/lib/i18n'
import { loadOnce } from '@/lib/load-once'
import { useLoaded } from '@/lib/use-loaded'
import { useLanguage } from '@/lib/language'

// The searchable list loads when the picker is first opened, or pointed at (not with the view).
const loadList = loadOnce(() =>
  Promise.all([import('@/features/filters/components/place-list'), loadGroup('filters')]).then(
    ([m]) => m,
  ),
)

interface PlacePickerProps {
  index: DatasetIndex
  /** Selected geography codes known to the data, in the link's order. */
  selected: string[]
  onChange: (places: string[]) => void
}

/**
 * Countries and regions: the chosen ones as removable chips, and a toggle opening the searchable
 * checkbox list (place-list.tsx).
 */
export function PlacePicker({ index, selected, onChange }: PlacePickerProps) {
  const { lang, t } = useLanguage()
  const id = useId()
  const [open, setOpen] = useState(false)
  // Wanted from the first pointing at or focus on the toggle, so it is in by the click.
  const [wanted, setWanted] = useState(false)
  const { value: list, failed, retry } = useLoaded(loadList, wanted)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const name = (code: string) => {
    const place = index.geographies.get(code)
    return place ? pickText(place.name, lang).text : code
  }
  const want = () => setWanted(true)

  const toggle = (code: string, on: boolean) =>
    onChange(
      on ? [...selected.filter((c) => c !== code), code] : selected.filter((c) => c !== code),
    )

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
                aria-label={t('dashboard.filters.place.remove', { name: name(code) })}
              >
                {name(code)} <span aria-hidden="true">×</span>
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
        aria-controls={list ? `${id}-panel` : undefined}
        onPointerEnter={want}
        onFocus={want}
        onClick={() => {
          want()
          if (failed && !open) retry()
          setOpen((o) => !o)
        }}
      >
        {t(open ? 'dashboard.filters.place.close' : 'dashboard.filters.place.open')}
      </button>
      {list ? (
        <list.PlaceList
          id={`${id}-panel`}
          open={open}
          index={index}
          selected={selected}
          toggle={toggle}
          onClose={() => {
            setOpen(false)
            toggleRef.current?.focus()
          }}
        />
      ) : (
        open &&
        (failed ? (
          <p className="status status--error" role="alert">
            {t('dashboard.filters.place.loadFailed')}
          </p>
        ) : (
          <p className="status status--loading" role="status">
            {t('dashboard.filters.place.loading')}
          </p>
        ))
      )}
    </fieldset>
  )
}
