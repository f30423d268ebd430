// The map as a table: every mark a row, with what the map says of it (its class, or why it is
// outlined), so a person who cannot see the map, or prefers numbers, reads the same thing.
import { formatNumber } from '@/domain/format-estimate'
import { useLanguage } from '@/lib/language'
import type { MapModel } from '@/features/map/model/map-model'

function classLabel(
  model: MapModel,
  index: number,
  lang: 'en' | 'es',
  t: ReturnType<typeof useLanguage>['t'],
) {
  if (index === -1) return t('map.key.zero')
  const c = model.classes[index]
  return c
    ? t(c.last ? 'map.key.classLast' : 'map.key.class', {
        low: formatNumber(c.low, lang),
        high: formatNumber(c.high, lang),
      })
    : ''
}

export function MapTable({ model, caption, id }: { model: MapModel; caption: string; id: string }) {
  const { lang, t } = useLanguage()
  return (
    <div className="table-scroll">
      <table className="data-table map-table" id={id} tabIndex={-1}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.table.place')}</th>
            <th scope="col">{t('map.table.figure')}</th>
            <th scope="col">{t('map.table.onMap')}</th>
            <th scope="col">{t('map.table.caveats')}</th>
          </tr>
        </thead>
        <tbody>
          {model.countries.map((c) => (
            <tr key={c.code} data-place={c.code}>
              <th scope="row">{c.name}</th>
              <td>
                {c.description.valueWithUnit} ({c.description.estimateKindLabel})
                {c.description.imported && <> · {c.description.imported.label}</>}
              </td>
              <td>
                {classLabel(model, c.classIndex, lang, t)}
                {c.mayBeHigher && <> · {t('map.table.mayBeHigher')}</>}
                {c.mayBeLower && <> · {t('map.table.mayBeLower')}</>}
              </td>
              <td>{c.description.figure.caveats.length}</td>
            </tr>
          ))}
          {model.regions.map((r) => (
            <tr key={r.code} data-place={r.code}>
              <th scope="row">{r.name}</th>
              <td>
                {r.description.valueWithUnit} ({r.description.estimateKindLabel})
              </td>
              <td>
                {t('map.table.outline', { total: r.members.length })} {r.coverage}
              </td>
              <td>{r.description.figure.caveats.length}</td>
            </tr>
          ))}
          {model.members.map((m) => (
            <tr key={m.code} data-place={m.code}>
              <th scope="row">{m.name}</th>
              <td>{t('map.table.noOwn')}</td>
              <td>{m.label}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
