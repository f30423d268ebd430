// An imported dataset as it is kept in IndexedDB, and the check it passes when it is read back
// (parse at the boundary: a stored record that fails is set aside, never shown half-valid).
import * as z from 'zod/mini'
import {
  caveatSchema,
  coverageSchema,
  figureSchema,
  geographySchema,
  indicatorSchema,
  personSchema,
  sourceDocumentSchema,
  type Figure,
} from '@/domain/dataset-schema'
import {
  packFigures,
  unpackFigures,
  type PackedFigures,
} from '@/features/import/model/pack-figures'
import type { ImportFormat } from '@/domain/file-format/table'
import type { Analysis, ImportRecords } from '@/features/import/model/import-types'

/**
 * The one layout of a stored import: figures packed in columns (pack-figures.ts). The product
 * has never been deployed, so no browser holds an older layout; a value of another version is
 * set aside like any damaged one (nothing is lost).
 */
const STORAGE_VERSION = 3

/** An imported file's figures and the records they use, with its provenance. */
export interface StoredImport {
  storageVersion: typeof STORAGE_VERSION
  id: string
  fileName: string
  /** ISO date-time when the person imported it. */
  importedAt: string
  format: ImportFormat
  figureCount: number
  /** Rows of the file left out because they were invalid (the person accepted that). */
  skippedRowCount: number
  records: ImportRecords
  figures: Figure[]
}

/** What lists and notices need, without the figures. */
export type StoredImportSummary = Omit<StoredImport, 'figures' | 'records'>

/** An import with its figures packed: how it is kept in IndexedDB and sent from the worker. */
export type PackedImport = Omit<StoredImport, 'figures'> & { packed: PackedFigures }

// An import is packed to be stored and again each time the list is sent to the page; a stored
// import never changes, so its packing is kept with it.
const packings = new WeakMap<StoredImport, PackedImport>()

/** The import packed; `figures` is its figures' packing when it was made ahead (the same figures). */
export function packImport(record: StoredImport, figures?: PackedFigures): PackedImport {
  let packed = packings.get(record)
  if (!packed) {
    const { figures: list, ...rest } = record
    packed = { ...rest, packed: figures?.count === list.length ? figures : packFigures(list) }
    packings.set(record, packed)
  }
  return packed
}

const storedImportShellSchema = z.object({
  storageVersion: z.literal(STORAGE_VERSION),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  fileName: z.string().check(z.minLength(1)),
  importedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T/)),
  format: z.enum(['csv', 'json']),
  figureCount: z.number().check(z.int(), z.gte(0)),
  skippedRowCount: z.number().check(z.int(), z.gte(0)),
  records: z.object({
    indicators: z.array(indicatorSchema),
    documents: z.array(sourceDocumentSchema),
    geographies: z.array(geographySchema),
    people: z.array(personSchema),
  }),
  packed: z.object({
    count: z.number(),
    strings: z.array(z.string()),
    objects: z.array(z.unknown()),
  }),
})

/** The first issue of a failed check, as "path: message". */
function firstIssue(error: z.core.$ZodError, path: (string | number)[] = []): string {
  const issue = error.issues[0]
  const at = [...path, ...(issue?.path ?? [])].map(String).join('.')
  return `${at || 'record'}: ${issue?.message ?? 'invalid'}`
}

// A figure's coverage and caveats are objects its import's figures share (the importer reads a
// repeated cell once, and the packing keeps that sharing): each is checked once, and the rest of
// each figure on its own, by the same rules as figureSchema.
const figureShellSchema = z.extend(figureSchema, { coverage: z.unknown(), caveats: z.unknown() })
const sharedFields = Object.entries({ coverage: coverageSchema, caveats: z.array(caveatSchema) })

/** A check of figures that remembers the shared objects already found valid: the first issue, or null. */
function createFigureCheck(): (figure: unknown, path: (string | number)[]) => string | null {
  const valid = new WeakSet<object>()
  return (figure, path) => {
    const shell = figureShellSchema.safeParse(figure)
    if (!shell.success) return firstIssue(shell.error, path)
    for (const [field, schema] of sharedFields) {
      const value = (figure as Record<string, unknown>)[field]
      if (value && typeof value === 'object' && valid.has(value)) continue
      const result = schema.safeParse(value)
      if (!result.success) return firstIssue(result.error, [...path, field])
      if (value && typeof value === 'object') valid.add(value)
    }
    return null
  }
}

/**
 * Checks a value read from storage. Returns the import when it is valid
 * (keeping the objects its figures share), or the first reason it is not.
 */
export function checkStoredImport(
  value: unknown,
): { ok: true; value: StoredImport } | { ok: false; reason: string } {
  const shell = storedImportShellSchema.safeParse(value)
  if (!shell.success) return { ok: false, reason: firstIssue(shell.error) }
  const { packed, ...rest } = value as PackedImport
  let figures: Figure[]
  try {
    figures = unpackFigures(packed)
  } catch (error) {
    return { ok: false, reason: `packed: ${(error as Error).message}` }
  }
  if (figures.length !== rest.figureCount) {
    const reason = `figureCount is ${rest.figureCount} but ${figures.length} figures are stored`
    return { ok: false, reason }
  }
  const checkFigure = createFigureCheck()
  for (let i = 0; i < figures.length; i++) {
    const reason = checkFigure(figures[i], ['figures', i])
    if (reason) return { ok: false, reason }
  }
  return { ok: true, value: { ...rest, figures } }
}

/** The record to store for an analysed file. */
export function toStoredImport(analysis: Analysis, id: string, importedAt: Date): StoredImport {
  return {
    storageVersion: STORAGE_VERSION,
    id,
    fileName: analysis.summary.fileName,
    importedAt: importedAt.toISOString(),
    format: analysis.summary.format ?? 'csv',
    figureCount: analysis.figures.length,
    skippedRowCount: analysis.summary.invalidRowCount,
    records: analysis.records,
    figures: analysis.figures,
  }
}
