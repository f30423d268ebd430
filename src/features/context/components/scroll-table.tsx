import type { ReactNode } from 'react'

/**
 * A table that stacks its cells under their column names on narrow screens (styles.css), and
 * scrolls sideways in between; the scroll area is focusable and named by the caption. Rows and
 * cells carry explicit roles because some browsers drop table semantics once CSS restyles them.
 */
export function ScrollTable({
  id,
  caption,
  children,
}: {
  id: string
  caption: string
  children: ReactNode
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table" id={id} role="table">
        <caption id={`${id}-caption`}>{caption}</caption>
        {children}
      </table>
    </div>
  )
}
