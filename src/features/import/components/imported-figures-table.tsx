import { useRef } from 'react'
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import type { DatasetIndex } from '@/domain/dataset-index'
import { describeFigure } from '@/domain/figure-description'
import type { FigureMatch } from '@/domain/geography'
import { FigureRow, FigureTableHead } from '@/features/import/components/figure-row'
import { useLanguage } from '@/lib/language'

const ROW_ESTIMATE = 120
const COLUMNS = 7
const VIEWPORT = { width: 1000, height: 720 }

/**
 * Every imported figure that matches the filter, in a table that renders only the rows in view
 * (an import can hold 100,000 figures). Rows are described as they scroll in, never all at once.
 */
export function ImportedFiguresTable({
  index,
  matches,
  caption,
}: {
  index: DatasetIndex
  matches: FigureMatch[]
  caption: string
}) {
  const { lang, t } = useLanguage()
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: matches.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    // Two rows beyond the view: each rendered row is described, drawn and laid out again on every
    // filter change, and six made a filter change about a quarter slower.
    overscan: 2,
    // A container that measures 0 (not laid out yet, or jsdom) still shows a screenful of rows.
    initialRect: VIEWPORT,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : VIEWPORT)),
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
  })
  const items = virtualizer.getVirtualItems()
  // The height of the rows not drawn, above and below the ones in view.
  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden="true" className="virtual-spacer" style={{ height }}>
        <td colSpan={COLUMNS} />
      </tr>
    )
  return (
    <div ref={scrollRef} className="virtual-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table figure-table" aria-rowcount={matches.length + 1}>
        <caption>{caption}</caption>
        <FigureTableHead withFile />
        <tbody>
          {spacer(items[0]?.start ?? 0)}
          {items.map((item) => (
            <FigureRow
              key={matches[item.index]!.figure.id}
              rowRef={virtualizer.measureElement}
              rowIndex={item.index + 2}
              withFile
              description={describeFigure(matches[item.index]!, index, lang, t)}
            />
          ))}
          {spacer(virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0))}
        </tbody>
      </table>
    </div>
  )
}
