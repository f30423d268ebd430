// The engine doing the work where it runs: in the import worker in the browser, in-thread in
// jsdom tests. Loaded lazily on the main thread so the analyser stays out of the first bundle.
import { analyseImport } from '@/features/import/model/analyse-import'
import { MAX_IMPORT_BYTES } from '@/features/import/model/limits'
import type { Analysis } from '@/features/import/model/import-types'
import {
  checkStoredImport,
  packImport,
  toStoredImport,
  type StoredImport,
} from '@/features/import/model/stored-import'
import { packFigures, type PackedFigures } from '@/features/import/model/pack-figures'
import { applyChoices } from '@/features/import/model/commit-choices'
import { withReadableErrors, type KeyValueStorage } from '@/features/import/api/import-storage'
import { loadAllMessages } from '@/lib/i18n'
import {
  IMPORT_KEY_PREFIX,
  QUARANTINE_KEY,
  type ImportEngine,
  type QuarantineEntry,
} from '@/features/import/api/import-engine'

type StoredQuarantine = (QuarantineEntry & { value: unknown })[]

type Pending = { analysis: Analysis; packed?: PackedFigures }

/** The engine doing the work in the current thread, on the given storage. */
export function createLocalEngine(
  backing: KeyValueStorage,
  clock: () => Date = () => new Date(),
): ImportEngine {
  const storage = withReadableErrors(backing)
  // The analysis waiting for the person's choice (one at a time), with its figures packed for
  // storage while the person reads the check.
  let pending: Pending | null = null
  // Imports already read and checked (or written) by this engine, by storage key: a reload of
  // the list reads only what another tab added, instead of 100,000 figures again.
  const checked = new Map<string, StoredImport>()
  let counter = 0

  const setAside = (key: string, reason: string, value: unknown, fileName: string | null) => ({
    key,
    reason,
    quarantinedAt: clock().toISOString(),
    fileName,
    value,
  })

  async function readQuarantineList(): Promise<StoredQuarantine> {
    const raw = await storage.get(QUARANTINE_KEY)
    if (raw === undefined) return []
    if (
      Array.isArray(raw) &&
      raw.every((e) => e && typeof e === 'object' && typeof e.key === 'string')
    )
      return raw as StoredQuarantine
    // The quarantine itself is damaged: keep its content inside a fresh list.
    return [setAside(QUARANTINE_KEY, 'the quarantine list itself was not readable', raw, null)]
  }

  return {
    async analyse(file, fileName, context) {
      // The importer reads labels in both languages (the export's headers, caveat types, …).
      await loadAllMessages()
      pending = null
      const analysisId = `analysis-${++counter}`
      const bytes = file.size > MAX_IMPORT_BYTES ? null : new Uint8Array(await file.arrayBuffer())
      const analysis = analyseImport(
        { name: fileName, bytes, size: file.size },
        context,
        analysisId,
      )
      if (!analysis.summary.fileError && analysis.figures.length > 0) {
        const current: Pending = (pending = { analysis })
        setTimeout(() => {
          if (pending === current) current.packed ??= packFigures(analysis.figures)
        }, 0)
      }
      return analysis.summary
    },
    async commit(analysisId, { acceptInvalidRows, ...choices }) {
      const current = pending
      if (current?.analysis.summary.analysisId !== analysisId)
        throw new Error('import.engineError.analysisGone')
      if (current.analysis.summary.invalidRowCount > 0 && !acceptInvalidRows)
        throw new Error('import.engineError.invalidRowsNotAccepted')
      const chosen = applyChoices(current.analysis, choices)
      if (!chosen.ok) throw new Error(chosen.reason)
      const id = `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
      const record = toStoredImport(chosen.analysis, id, clock())
      const key = `${IMPORT_KEY_PREFIX}${record.id}`
      // The packing made ahead holds the analysed figures; figures changed by a choice are packed again.
      await storage.set(key, packImport(record, chosen.changed ? undefined : current.packed))
      checked.set(key, record)
      if (pending === current) pending = null
      const { figures: _f, records: _r, ...summary } = record
      return summary
    },
    async discard(analysisId) {
      if (pending?.analysis.summary.analysisId === analysisId) pending = null
    },
    async load() {
      const imports: StoredImport[] = []
      const quarantine = await readQuarantineList()
      const quarantinedBefore = quarantine.length
      const keys = (await storage.keys()).filter((key) => key.startsWith(IMPORT_KEY_PREFIX))
      for (const key of checked.keys()) if (!keys.includes(key)) checked.delete(key)
      for (const key of keys) {
        const known = checked.get(key)
        if (known) {
          imports.push(known)
          continue
        }
        const value = await storage.get(key)
        const result = checkStoredImport(value)
        if (result.ok) {
          imports.push(result.value)
          checked.set(key, result.value)
          continue
        }
        const fileName = (value as { fileName?: unknown } | null)?.fileName
        quarantine.push(
          setAside(key, result.reason, value, typeof fileName === 'string' ? fileName : null),
        )
      }
      if (quarantine.length > quarantinedBefore) {
        // Write the quarantine before deleting anything, so a failure in between loses nothing.
        await storage.set(QUARANTINE_KEY, quarantine)
        for (const entry of quarantine)
          if (entry.key.startsWith(IMPORT_KEY_PREFIX)) await storage.del(entry.key)
      }
      imports.sort((a, b) => a.importedAt.localeCompare(b.importedAt))
      return { imports, quarantine: quarantine.map(({ value: _v, ...entry }) => entry) }
    },
    async remove(importId) {
      await storage.del(`${IMPORT_KEY_PREFIX}${importId}`)
      checked.delete(`${IMPORT_KEY_PREFIX}${importId}`)
    },
    readQuarantine: readQuarantineList,
    async clearQuarantine() {
      await storage.del(QUARANTINE_KEY)
    },
  }
}
