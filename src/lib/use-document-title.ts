import { useEffect } from 'react'

/** Keeps the browser tab's title (and what a screen reader announces on navigation) on the current view. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title
  }, [title])
}
