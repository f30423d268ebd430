import type { RefObject } from 'react'
import type { FigureDescription } from '@/domain/figure-description'

/** What an export needs: the figures shown, the titles on screen and the drawn chart, if any. */
export interface ExportMenuProps {
  /** The figures as displayed (already filtered), each with its caveats and source. */
  descriptions: FigureDescription[]
  /** The title shown above the chart or card. */
  title: string
  /** Geography and years shown, e.g. "World, Caribbean (CARICOM member states) · 2016–2018". */
  subtitle: string
  /** The element holding the drawn chart (its <svg>), for image exports; absent for a headline card. */
  chartRef?: RefObject<HTMLElement | null>
  /** Short name for file names, e.g. the indicator id. */
  fileStem: string
}

// Placeholder until the export feature is built (issue 4); keeps the call sites stable.
export function ExportMenu(_props: ExportMenuProps) {
  return null
}
