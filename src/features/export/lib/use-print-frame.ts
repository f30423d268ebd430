import { useEffect } from 'react'
import type { Language, Translate } from '@/domain/translate'
import { loadOnce } from '@/lib/load-once'

// Written after the first view is drawn (in an effect), so its code loads then (first-view budget).
const loadFrame = loadOnce(() => import('@/features/export/lib/print-frame'))

/**
 * While mounted (the app shell), every printout gets the frame of the moment it is printed
 * (print-frame.ts): written after each render of the shell (a new view or filter), for printers
 * that do not send 'beforeprint', and again on 'beforeprint'.
 */
export function usePrintFrame(lang: Language, t: Translate, datasetVersion: string): void {
  useEffect(() => {
    const write = () =>
      loadFrame.peek()?.writePrintFrame({
        link: window.location.href,
        now: new Date(),
        lang,
        t,
        datasetVersion,
      })
    void loadFrame().then(write, () => undefined)
    window.addEventListener('beforeprint', write)
    return () => window.removeEventListener('beforeprint', write)
  })
}
