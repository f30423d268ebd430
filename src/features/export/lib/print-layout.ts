// Printing shows what is folded away on screen: a closed <details> (the chart's data table)
// is opened for the printout and closed again afterwards. CSS cannot open it everywhere.
import { useEffect } from 'react'

const MARK = 'data-opened-for-print'

function openForPrint(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    details.open = true
    details.setAttribute(MARK, '')
  }
}

function closeAfterPrint(): void {
  for (const details of document.querySelectorAll<HTMLDetailsElement>(`details[${MARK}]`)) {
    details.open = false
    details.removeAttribute(MARK)
  }
}

/** While mounted, printing the page (menu item or Ctrl+P) unfolds its folded content. */
export function usePrintLayout(): void {
  useEffect(() => {
    window.addEventListener('beforeprint', openForPrint)
    window.addEventListener('afterprint', closeAfterPrint)
    return () => {
      window.removeEventListener('beforeprint', openForPrint)
      window.removeEventListener('afterprint', closeAfterPrint)
    }
  }, [])
}
