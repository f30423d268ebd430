// Figures in columns, for IndexedDB and for the worker -> page message. Copying 100,000 figure
// objects (structured clone) costs about a second each way; typed arrays and a table of the
// distinct strings and shared objects copy in a few milliseconds. Unpacking gives back objects
// equal to the packed ones (tests/features/import/model/pack-figures.test.ts), which are then
// checked against the schema like any stored value.
// An id the importer made ("indicator-place-year") is not stored but made again, and indices
// are 16-bit when they fit: writing and copying 100,000 ids and 32-bit indices would be most of
// the time between confirming an import and seeing it.
import type { Figure } from '@/domain/dataset-schema'
import { periodKey, type Timed } from '@/domain/period'

/** Indices into a table, 1-based (0 = none); 16-bit when the table is small enough. */
export type PackedIndices = Uint16Array | Uint32Array

export interface PackedFigures {
  count: number
  /** Every distinct string the figures use, except ids that are "indicator-place-year". */
  strings: string[]
  /** Per figure, 6 references to `strings`: indicatorId, geographyCode, unit, documentId, quotedPersonId, currency. */
  text: PackedIndices
  /** The figures whose id is not "indicator-place-year" (place in lower case): their positions, ascending… */
  idAt: Uint32Array
  /** …and their ids, in the same order. */
  ids: string[]
  year: Uint16Array
  /** 0 point, 1 lower bound, 2 range. */
  kind: Uint8Array
  /** The value, or a range's low end. */
  low: Float64Array
  /** A range's high end (NaN otherwise). */
  high: Float64Array
  /** Every distinct coverage, caveat list, producer text and evidence (shared objects stay shared). */
  objects: unknown[]
  /** Per figure, 4 references to `objects`: coverage, caveats, originalProducer, evidence. */
  refs: PackedIndices
  /** Per figure: bit 0 = noCaveatStated given, bit 1 = its value. */
  flags: Uint8Array
  /**
   * Per figure, a reference to its period in `objects` (0 = a calendar year). Absent when every
   * figure is of a calendar year.
   */
  periods?: PackedIndices
}

const TEXT_FIELDS = 6
const REF_FIELDS = 4
// A new kind goes at the end: stored packings keep their indices.
const kinds = ['point', 'lower-bound', 'range', 'upper-bound'] as const

/** The id the importer gives a figure whose file names none (before making it unique): "indicator-place-period". */
export function madeFigureId(indicatorId: string, geographyCode: string, time: Timed): string {
  return `${indicatorId}-${geographyCode.toLowerCase()}-${periodKey(time)}`
}

/** Indices as 16-bit numbers when every one fits. */
function narrow(indices: Uint32Array, tableSize: number): PackedIndices {
  return tableSize < 0xffff ? new Uint16Array(indices) : indices
}

/** A table of distinct values and the function that gives a value's 1-based place in it (0 = none). */
function table<T>(): [T[], (value: T | null | undefined) => number] {
  const values: T[] = []
  const index = new Map<T, number>()
  const at = (value: T | null | undefined): number => {
    if (value === null || value === undefined) return 0
    let found = index.get(value)
    if (found === undefined) index.set(value, (found = values.push(value)))
    return found
  }
  return [values, at]
}

export function packFigures(figures: readonly Figure[]): PackedFigures {
  const count = figures.length
  const [strings, str] = table<string>()
  const [objects, obj] = table<unknown>()
  const text = new Uint32Array(count * TEXT_FIELDS)
  const refs = new Uint32Array(count * REF_FIELDS)
  const idAt: number[] = []
  const ids: string[] = []
  const year = new Uint16Array(count)
  const kind = new Uint8Array(count)
  const low = new Float64Array(count)
  const high = new Float64Array(count)
  const flags = new Uint8Array(count)
  let periods: Uint32Array | null = null
  for (let i = 0; i < count; i++) {
    const f = figures[i]!
    const t = i * TEXT_FIELDS
    text[t] = str(f.indicatorId)
    text[t + 1] = str(f.geographyCode)
    text[t + 2] = str(f.unit)
    text[t + 3] = str(f.source.documentId)
    text[t + 4] = str(f.source.quotedPersonId)
    text[t + 5] = str(f.currency)
    if (f.id !== madeFigureId(f.indicatorId, f.geographyCode, f)) {
      idAt.push(i)
      ids.push(f.id)
    }
    year[i] = f.year
    kind[i] = kinds.indexOf(f.estimate.kind)
    low[i] = f.estimate.kind === 'range' ? f.estimate.low : f.estimate.value
    high[i] = f.estimate.kind === 'range' ? f.estimate.high : Number.NaN
    const r = i * REF_FIELDS
    refs[r] = obj(f.coverage)
    refs[r + 1] = obj(f.caveats)
    refs[r + 2] = obj(f.source.originalProducer)
    refs[r + 3] = obj(f.evidence)
    flags[i] = f.noCaveatStated === undefined ? 0 : f.noCaveatStated ? 3 : 1
    if (f.period) (periods ??= new Uint32Array(count))[i] = obj(f.period)
  }
  return {
    count,
    strings,
    text: narrow(text, strings.length),
    idAt: Uint32Array.from(idAt),
    ids,
    year,
    kind,
    low,
    high,
    objects,
    refs: narrow(refs, objects.length),
    flags,
    ...(periods ? { periods: narrow(periods, objects.length) } : {}),
  }
}

// Checked by tag, not instanceof: a value read back from storage may come from another realm.
function isTyped(value: unknown, types: string[], length: number): boolean {
  return (
    types.includes(Object.prototype.toString.call(value)) && (value as Uint8Array).length === length
  )
}
const INDICES = ['[object Uint16Array]', '[object Uint32Array]']

/** The figures again. Throws a RangeError on a packing that does not hold together (damaged storage). */
export function unpackFigures(p: PackedFigures): Figure[] {
  const count = p.count
  const ok =
    Number.isInteger(count) &&
    count >= 0 &&
    isTyped(p.text, INDICES, count * TEXT_FIELDS) &&
    isTyped(p.refs, INDICES, count * REF_FIELDS) &&
    isTyped(p.idAt, ['[object Uint32Array]'], Array.isArray(p.ids) ? p.ids.length : -1) &&
    isTyped(p.year, ['[object Uint16Array]'], count) &&
    isTyped(p.kind, ['[object Uint8Array]'], count) &&
    isTyped(p.low, ['[object Float64Array]'], count) &&
    isTyped(p.high, ['[object Float64Array]'], count) &&
    isTyped(p.flags, ['[object Uint8Array]'], count) &&
    (p.periods === undefined || isTyped(p.periods, INDICES, count)) &&
    Array.isArray(p.strings) &&
    Array.isArray(p.objects)
  if (!ok) throw new RangeError('the packed figures do not hold together')
  const { strings, objects, text, refs } = p
  // A reference past the end of its table reads as undefined, which the schema check refuses.
  const s = (at: number) => (at === 0 ? null : strings[at - 1]) as string
  const o = (at: number) => (at === 0 ? null : objects[at - 1])
  // Place codes in lower case for the made ids, once per distinct string.
  const lower: (string | undefined)[] = []
  const lowerAt = (at: number) => (lower[at] ??= String(s(at)).toLowerCase())
  const storedIds = new Map<number, string>()
  for (let k = 0; k < p.idAt.length; k++) {
    if (p.idAt[k]! >= count) throw new RangeError('the packed figures do not hold together')
    storedIds.set(p.idAt[k]!, p.ids[k]!)
  }
  // Figures with the same document, producer and quoted person share one source object, as
  // they did when the importer made them; keyed by the three references as one number.
  const sources = new Map<number, Figure['source']>()
  const stringRefs = strings.length + 1
  const shareSources = stringRefs * stringRefs * (objects.length + 1) < Number.MAX_SAFE_INTEGER
  const figures = new Array<Figure>(count)
  for (let i = 0; i < count; i++) {
    const t = i * TEXT_FIELDS
    const r = i * REF_FIELDS
    const indicatorId = s(text[t]!)
    const geographyCode = s(text[t + 1]!)
    const year = p.year[i]!
    const kind = kinds[p.kind[i]!]
    const documentId = s(text[t + 3]!)
    const currency = s(text[t + 5]!)
    const evidence = o(refs[r + 3]!)
    const flags = p.flags[i]!
    const period = p.periods ? (o(p.periods[i]!) as Figure['period'] | null) : null
    // Built field by field in the schema's order, so an unpacked figure equals the packed one
    // and all figures share a few object shapes.
    const figure = { id: '', indicatorId, geographyCode, year } as Figure
    if (period !== null) figure.period = period
    figure.id =
      storedIds.get(i) ??
      `${indicatorId}-${lowerAt(text[t + 1]!)}-${period === null ? year : periodKey(figure)}`
    figure.estimate = (
      kind === 'range' ? { kind, low: p.low[i]!, high: p.high[i]! } : { kind, value: p.low[i]! }
    ) as Figure['estimate']
    figure.unit = s(text[t + 2]!)
    if (currency !== null) figure.currency = currency
    figure.coverage = o(refs[r]!) as Figure['coverage']
    figure.caveats = o(refs[r + 1]!) as Figure['caveats']
    if (flags & 1) figure.noCaveatStated = (flags & 2) === 2
    const sourceKey = shareSources
      ? (text[t + 3]! * (objects.length + 1) + refs[r + 2]!) * stringRefs + text[t + 4]!
      : -1
    let source = sources.get(sourceKey)
    if (!source) {
      source = {
        documentId,
        originalProducer: o(refs[r + 2]!) as Figure['source']['originalProducer'],
        quotedPersonId: s(text[t + 4]!),
      }
      if (shareSources) sources.set(sourceKey, source)
    }
    figure.source = source
    if (evidence !== null) figure.evidence = evidence as Figure['evidence']
    figures[i] = figure
  }
  return figures
}
