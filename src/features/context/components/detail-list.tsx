import type { ReactNode } from 'react'

/** A labelled list of an item's particulars; rows without a value are left out by the caller. */
export function DetailList({
  rows,
}: {
  rows: { key: string; term: string; value: ReactNode; missing?: boolean }[]
}) {
  return (
    <dl className="meta-list">
      {rows.map((row) => (
        <div key={row.key} className="meta-list__row">
          <dt>{row.term}</dt>
          <dd className={row.missing ? 'not-stated' : undefined}>{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}
