// A link to a view that shows imported figures names their files (?imported=…), so a browser
// without them can say what is missing instead of "does not exist" (docs/links-and-imports.md).
import { useEffect, useMemo } from 'react'
import type { DatasetIndex } from '@/domain/dataset-index'
import type { FigureMatch } from '@/domain/geography'
import { importedFileNames } from '@/features/filters/model/check-params'
import { useViewParams } from '@/lib/routing/use-view-params'

/** The names the link should carry: the imported files the view shows, and other browsers' marks. */
export function importedMark(current: string[], shown: Set<string>, here: Set<string>): string[] {
  return [...new Set([...current.filter((name) => !here.has(name)), ...shown])].sort()
}

/** Keeps the address (the link a person copies or exports) naming the imported files shown. */
export function useImportedMark(index: DatasetIndex, matches: FigureMatch[]): void {
  const { params, setParams } = useViewParams()
  const shown = useMemo(() => {
    const names = new Set<string>()
    for (const m of matches)
      if (m.figure.origin.kind === 'imported') names.add(m.figure.origin.fileName)
    return names
  }, [matches])
  const next = importedMark(params.imported, shown, importedFileNames(index))
  const changed = next.join('\n') !== params.imported.join('\n')
  useEffect(() => {
    // A correction of the address, not a new step in the history.
    if (changed) setParams({ imported: next }, { replace: true })
  })
}
