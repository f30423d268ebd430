import {
  describeImportError,
  IMPORT_KEY_PREFIX,
  QUARANTINE_KEY,
} from '@/features/import/api/import-engine'
import { translatorFor } from '@/lib/i18n'
import { memoryStorage } from '@/features/import/api/import-storage'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { builtInContext, csv, row } from '../helpers'

const file = (text: string, name = 'register.csv') => new File([text], name, { type: 'text/csv' })
const clock = () => new Date('2026-03-01T10:00:00Z')

describe('local import engine', () => {
  it('stores nothing until the analysis is committed, then keeps it across a new engine (a reload)', async () => {
    const storage = memoryStorage()
    const engine = createLocalEngine(storage, clock)
    const summary = await engine.analyse(
      file(csv(row(), row({ year: '2020' }))),
      'register.csv',
      builtInContext(),
    )
    expect(summary).toMatchObject({ validCount: 2, fileError: null })
    expect(storage.entries.size).toBe(0)

    const saved = await engine.commit(summary.analysisId, { acceptInvalidRows: false })
    expect(saved).toMatchObject({
      fileName: 'register.csv',
      figureCount: 2,
      skippedRowCount: 0,
      importedAt: '2026-03-01T10:00:00.000Z',
    })

    const reloaded = await createLocalEngine(storage, clock).load()
    expect(reloaded.quarantine).toEqual([])
    expect(reloaded.imports).toHaveLength(1)
    expect(reloaded.imports[0]!.figures.map((f) => f.year)).toEqual([2019, 2020])
  })

  it('stores the same import whether it is confirmed at once or after the check was packed in the background', async () => {
    const text = csv(row(), row({ year: '2020', 'estimate kind': 'range', low: '1', high: '3' }))
    const saved = async (wait: boolean) => {
      const storage = memoryStorage()
      const engine = createLocalEngine(storage, clock)
      const summary = await engine.analyse(file(text), 'register.csv', builtInContext())
      if (wait) await new Promise((resolve) => setTimeout(resolve, 5))
      await engine.commit(summary.analysisId, { acceptInvalidRows: false })
      return (await createLocalEngine(storage, clock).load()).imports[0]!.figures
    }
    const [atOnce, later] = [await saved(false), await saved(true)]
    expect(later.map((f) => [f.year, f.estimate])).toEqual([
      [2019, { kind: 'point', value: 1200 }],
      [2020, { kind: 'range', low: 1, high: 3 }],
    ])
    expect(later).toEqual(atOnce)
  })

  it('refuses to commit a file with invalid rows unless the person accepted leaving them out', async () => {
    const storage = memoryStorage()
    const engine = createLocalEngine(storage, clock)
    const summary = await engine.analyse(
      file(csv(row(), row({ year: 'soon' }))),
      'register.csv',
      builtInContext(),
    )
    const refusal = await engine
      .commit(summary.analysisId, { acceptInvalidRows: false })
      .catch((e: Error) => e)
    expect(storage.entries.size).toBe(0)
    // The refusal reaches the page as a message key, and reads in the page's language.
    expect(describeImportError(refusal as Error, translatorFor('en'))).toBe(
      'The file has invalid rows; nothing was imported.',
    )
    expect(describeImportError(refusal as Error, translatorFor('es'))).toBe(
      'El archivo tiene filas no válidas; no se importó nada.',
    )
    const saved = await engine.commit(summary.analysisId, { acceptInvalidRows: true })
    expect(saved).toMatchObject({ figureCount: 1, skippedRowCount: 1 })
    const again = await engine
      .commit(summary.analysisId, { acceptInvalidRows: true })
      .catch((e: Error) => e)
    expect(describeImportError(again as Error, translatorFor('es'))).toBe(
      'Este archivo ya se importó o se descartó; elíjalo de nuevo.',
    )
  })

  it('passes other errors on as they came', () => {
    expect(describeImportError(new Error('QuotaExceededError'), translatorFor('es'))).toBe(
      'QuotaExceededError',
    )
  })

  it('does not read a file over the size limit', async () => {
    const engine = createLocalEngine(memoryStorage(), clock)
    const big = new File([new Uint8Array(50 * 1024 * 1024)], 'big.csv')
    const spy = vi.spyOn(big, 'arrayBuffer')
    const summary = await engine.analyse(big, 'big.csv', builtInContext())
    expect(summary.fileError?.key).toBe('import.fileError.tooLarge')
    expect(spy).not.toHaveBeenCalled()
  })

  it('removes an import', async () => {
    const storage = memoryStorage()
    const engine = createLocalEngine(storage, clock)
    const summary = await engine.analyse(file(csv(row())), 'a.csv', builtInContext())
    const saved = await engine.commit(summary.analysisId, { acceptInvalidRows: false })
    await engine.remove(saved.id)
    expect((await engine.load()).imports).toEqual([])
  })

  it.each([
    ['not an object', 'garbage'],
    ['a figure failing the schema', 'bad-figure'],
    ['a count that does not match', 'bad-count'],
  ])('sets aside a stored import that is %s, and keeps the valid ones', async (_name, kind) => {
    const storage = memoryStorage()
    const engine = createLocalEngine(storage, clock)
    const summary = await engine.analyse(file(csv(row())), 'good.csv', builtInContext())
    await engine.commit(summary.analysisId, { acceptInvalidRows: false })
    const [goodKey, good] = [...storage.entries][0]! as [
      string,
      { packed: { year: Uint16Array }; figureCount: number },
    ]
    const badYears = structuredClone(good)
    badYears.packed.year[0] = 3000
    const bad =
      kind === 'garbage'
        ? 'garbage'
        : kind === 'bad-figure'
          ? { ...badYears, fileName: 'broken.csv' }
          : { ...structuredClone(good), fileName: 'broken.csv', figureCount: 5 }
    storage.entries.set(`${IMPORT_KEY_PREFIX}broken`, bad)

    const loaded = await createLocalEngine(storage, clock).load()
    expect(loaded.imports.map((i) => i.fileName)).toEqual(['good.csv'])
    expect(loaded.quarantine).toEqual([
      expect.objectContaining({
        key: `${IMPORT_KEY_PREFIX}broken`,
        fileName: kind === 'garbage' ? null : 'broken.csv',
        quarantinedAt: '2026-03-01T10:00:00.000Z',
      }),
    ])
    if (kind === 'bad-figure') expect(loaded.quarantine[0]!.reason).toMatch(/^figures\.0\.year/)
    // Set aside, not lost: the value is under the quarantine key and no longer among the imports.
    expect(storage.entries.has(`${IMPORT_KEY_PREFIX}broken`)).toBe(false)
    expect(storage.entries.has(goodKey)).toBe(true)
    expect(await engine.readQuarantine()).toEqual([expect.objectContaining({ value: bad })])
    await engine.clearQuarantine()
    expect((await engine.load()).quarantine).toEqual([])
  })

  it('sets aside an import stored in another layout than the one this version writes', async () => {
    const storage = memoryStorage()
    const engine = createLocalEngine(storage, clock)
    const summary = await engine.analyse(file(csv(row())), 'v1.csv', builtInContext())
    await engine.commit(summary.analysisId, { acceptInvalidRows: false })
    const [key] = [...storage.entries.keys()]
    const { imports } = await createLocalEngine(storage, clock).load()
    const { figures, ...rest } = imports[0]!
    const older = { ...rest, storageVersion: 1, figures }
    storage.entries.set(key!, older)
    const loaded = await createLocalEngine(storage, clock).load()
    expect(loaded.imports).toEqual([])
    expect(loaded.quarantine).toEqual([
      expect.objectContaining({
        key,
        fileName: 'v1.csv',
        reason: expect.stringMatching(/^storageVersion/),
      }),
    ])
    expect(await engine.readQuarantine()).toEqual([expect.objectContaining({ value: older })])
  })

  it('keeps a quarantine list that is itself damaged inside a fresh one', async () => {
    const storage = memoryStorage()
    storage.entries.set(QUARANTINE_KEY, 42)
    const engine = createLocalEngine(storage, clock)
    expect((await engine.load()).quarantine).toEqual([
      expect.objectContaining({ key: QUARANTINE_KEY }),
    ])
    expect(await engine.readQuarantine()).toEqual([expect.objectContaining({ value: 42 })])
  })

  it('says what happened when the browser aborts the save without an error (not "null")', async () => {
    const storage = memoryStorage()
    // IndexedDB rejects with transaction.error, which is null for an abort without a reason.
    storage.set = () => Promise.reject(null)
    const engine = createLocalEngine(storage, clock)
    const summary = await engine.analyse(file(csv(row())), 'register.csv', builtInContext())
    const failure = await engine.commit(summary.analysisId, { acceptInvalidRows: false }).then(
      () => null,
      (error: Error) => error,
    )
    expect(failure).toBeInstanceOf(Error)
    expect(describeImportError(failure!, translatorFor('en'))).toBe(
      "the browser's storage stopped without giving a reason (it may be full, or blocked in a private window); nothing was changed",
    )
    expect(storage.entries.size).toBe(0)
  })
})
