import type { ReactNode } from 'react'

/** A labelled list of an item's particulars; rows without a value are left out by the caller. */
export function DetailList({ rows, label }: { rows: { key: string; term: string; value: ReactNode; missing?: boolean }[]; label?: string }) {
  return (
    <dl className="meta-list" aria-label={label}>
      {rows.map((row) => (
        <div key={row.key} className="meta-list__row">
          <dt>{row.term}</dt>
          <dd className={row.missing ? 'not-stated' : undefined}>{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}
