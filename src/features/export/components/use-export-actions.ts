// What each menu item does. The export code is loaded on first use; copying starts the clipboard
// write at once (inside the click) with a promised image, as browsers require.
import { useCallback, useContext, useEffect, useState } from 'react'
import { QueryClientContext } from '@tanstack/react-query'
import { datasetQueryOptions } from '@/features/dataset/api/get-dataset'
import type { DatasetIndex } from '@/domain/dataset-index'
import { useLanguage } from '@/lib/language'
import { loadExports, reasonOf } from '@/features/export/lib/load-exports'
import type { RefObject } from 'react'
import type { FigureDescription } from '@/domain/figure-description'
import type { ExportContext, ExportedFile, FileExport } from '@/features/export/lib/run-export'
import { saveFile } from '@/lib/save-file'

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
  /** Notes about the view as a whole (comparability guard, series breaks), printed in the images. */
  notes?: string[]
  /** The chart draws its own legend of estimate kinds (line charts), so the image adds none. */
  drawingHasLegend?: boolean
  /** Short name for file names, e.g. the indicator id. */
  fileStem: string
}

export interface ExportStatus {
  tone: 'info' | 'success' | 'error'
  text: string
}

/** A success message goes after this long; errors stay until dismissed or the next action. */
const SUCCESS_MESSAGE_MS = 8000

export function useExportActions({
  descriptions,
  title,
  subtitle,
  chartRef,
  fileStem,
  notes,
  drawingHasLegend,
}: ExportMenuProps) {
  const { lang, t } = useLanguage()
  // Read when a file is made, not on render: a card shown without the app's query has none.
  const queryClient = useContext(QueryClientContext)
  const [status, setStatus] = useState<ExportStatus | null>(null)
  useEffect(() => {
    if (status?.tone !== 'success') return
    const timer = window.setTimeout(() => setStatus(null), SUCCESS_MESSAGE_MS)
    return () => window.clearTimeout(timer)
  }, [status])
  const dismiss = useCallback(() => setStatus(null), [])

  const context = useCallback(
    (): ExportContext => ({
      descriptions,
      title,
      subtitle,
      notes: notes ?? [],
      drawingHasLegend: drawingHasLegend ?? false,
      fileStem,
      chart: chartRef?.current ?? null,
      link: window.location.href,
      now: new Date(),
      lang,
      t,
      datasetVersion:
        queryClient?.getQueryData(datasetQueryOptions().queryKey)?.dataset.datasetVersion ?? '',
    }),
    [
      descriptions,
      title,
      subtitle,
      notes,
      drawingHasLegend,
      fileStem,
      chartRef,
      lang,
      t,
      queryClient,
    ],
  )

  const deliver = useCallback(
    async (make: () => Promise<ExportedFile>) => {
      setStatus({ tone: 'info', text: t('export.status.working') })
      try {
        const file = await make()
        saveFile(file.blob, file.fileName)
        setStatus({ tone: 'success', text: t('export.status.downloaded', { file: file.fileName }) })
      } catch (error) {
        setStatus({ tone: 'error', text: t('export.status.failed', { reason: reasonOf(error) }) })
      }
    },
    [t],
  )

  const downloadFile = useCallback(
    (kind: FileExport) => {
      const ctx = context()
      return deliver(async () => (await loadExports()).buildFile(kind, ctx))
    },
    [context, deliver],
  )

  const downloadFullDataset = useCallback(
    (index: DatasetIndex) => {
      const ctx = context()
      return deliver(async () => (await loadExports()).buildFullDatasetFile(index, ctx))
    },
    [context, deliver],
  )

  const downloadFullDataPackage = useCallback(
    (index: DatasetIndex) => {
      const ctx = context()
      return deliver(async () => (await loadExports()).buildFullDataPackageFile(index, ctx))
    },
    [context, deliver],
  )

  const copyImage = useCallback(async () => {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
      setStatus({ tone: 'error', text: t('export.status.clipboardImageUnsupported') })
      return
    }
    const ctx = context()
    const png = loadExports().then((m) => m.renderPng(ctx, 'screen'))
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
      setStatus({ tone: 'success', text: t('export.status.imageCopied') })
    } catch (error) {
      setStatus({
        tone: 'error',
        text: t('export.status.clipboardImageRefused', { reason: reasonOf(error) }),
      })
    }
  }, [context, t])

  const copyCitation = useCallback(async () => {
    const ctx = context()
    const citation = await (await loadExports()).citationText(ctx)
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(citation)
      setStatus({ tone: 'success', text: t('export.status.citationCopied', { citation }) })
    } catch {
      setStatus({ tone: 'error', text: t('export.status.clipboardTextRefused', { citation }) })
    }
  }, [context, t])

  // The citations dialog outlives the menu that opened it.
  const [citing, setCiting] = useState(false)
  const openCitations = useCallback(() => setCiting(true), [])
  const closeCitations = useCallback(() => setCiting(false), [])

  const copyAltText = useCallback(async () => {
    const ctx = context()
    const text = (await loadExports()).altText(ctx)
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setStatus({ tone: 'success', text: t('export.status.altTextCopied', { text }) })
    } catch {
      setStatus({ tone: 'error', text: t('export.status.altTextRefused', { text }) })
    }
  }, [context, t])

  const print = useCallback(() => {
    setStatus(null)
    // Let the menu close first so it is not in the printout's layout pass.
    window.setTimeout(() => window.print(), 0)
  }, [])

  /** The view's imported figures, which a colleague opening its link would not have. */
  const importedCount = descriptions.filter((d) => d.figure.origin.kind === 'imported').length

  return {
    status,
    dismiss,
    downloadFile,
    downloadFullDataset,
    downloadFullDataPackage,
    copyImage,
    copyCitation,
    copyAltText,
    print,
    importedCount,
    citing,
    openCitations,
    closeCitations,
    datasetVersion: () => context().datasetVersion,
  }
}
