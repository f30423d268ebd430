// Figures in columns, for IndexedDB and for the worker -> page message. Copying 100,000 figure
// objects (structured clone) costs about a second each way; typed arrays and a table of the
// distinct strings and shared objects copy in a few milliseconds. Unpacking gives back objects
// equal to the packed ones (tests/features/import/model/pack-figures.test.ts), which are then
// checked against the schema like any stored value.
import type { Figure } from '@/domain/dataset-schema'

export interface PackedFigures {
  count: number
  /** Every distinct string the figures use. */
  strings: string[]
  /** Per figure, 6 indices into `strings`: id, indicatorId, geographyCode, unit, documentId, quotedPersonId; -1 = none. */
  text: Int32Array
  /** Per figure, -1 or the index of its currency in `strings`. */
  currency: Int32Array
  year: Uint16Array
  /** 0 point, 1 lower bound, 2 range. */
  kind: Uint8Array
  /** The value, or a range's low end. */
  low: Float64Array
  /** A range's high end (NaN otherwise). */
  high: Float64Array
  /** Every distinct coverage, caveat list, producer text and evidence (shared objects stay shared). */
  objects: unknown[]
  /** Per figure, 4 indices into `objects`: coverage, caveats, originalProducer, evidence; -1 = none. */
  refs: Int32Array
  /** Per figure: bit 0 = noCaveatStated given, bit 1 = its value. */
  flags: Uint8Array
}

const TEXT_FIELDS = 6
const REF_FIELDS = 4
const kinds = ['point', 'lower-bound', 'range'] as const

export function packFigures(figures: readonly Figure[]): PackedFigures {
  const count = figures.length
  const strings: string[] = []
  const stringIndex = new Map<string, number>()
  const objects: unknown[] = []
  const objectIndex = new Map<unknown, number>()
  const str = (value: string | null | undefined): number => {
    if (value === null || value === undefined) return -1
    let at = stringIndex.get(value)
    if (at === undefined) {
      at = strings.push(value) - 1
      stringIndex.set(value, at)
    }
    return at
  }
  const obj = (value: unknown): number => {
    if (value === null || value === undefined) return -1
    let at = objectIndex.get(value)
    if (at === undefined) {
      at = objects.push(value) - 1
      objectIndex.set(value, at)
    }
    return at
  }
  const packed: PackedFigures = {
    count,
    strings,
    text: new Int32Array(count * TEXT_FIELDS),
    currency: new Int32Array(count),
    year: new Uint16Array(count),
    kind: new Uint8Array(count),
    low: new Float64Array(count),
    high: new Float64Array(count),
    objects,
    refs: new Int32Array(count * REF_FIELDS),
    flags: new Uint8Array(count),
  }
  figures.forEach((f, i) => {
    const t = i * TEXT_FIELDS
    packed.text[t] = str(f.id)
    packed.text[t + 1] = str(f.indicatorId)
    packed.text[t + 2] = str(f.geographyCode)
    packed.text[t + 3] = str(f.unit)
    packed.text[t + 4] = str(f.source.documentId)
    packed.text[t + 5] = str(f.source.quotedPersonId)
    packed.currency[i] = str(f.currency)
    packed.year[i] = f.year
    packed.kind[i] = kinds.indexOf(f.estimate.kind)
    packed.low[i] = f.estimate.kind === 'range' ? f.estimate.low : f.estimate.value
    packed.high[i] = f.estimate.kind === 'range' ? f.estimate.high : Number.NaN
    const r = i * REF_FIELDS
    packed.refs[r] = obj(f.coverage)
    packed.refs[r + 1] = obj(f.caveats)
    packed.refs[r + 2] = obj(f.source.originalProducer)
    packed.refs[r + 3] = obj(f.evidence)
    packed.flags[i] = f.noCaveatStated === undefined ? 0 : f.noCaveatStated ? 3 : 1
  })
  return packed
}

/** The figures again. Throws a RangeError on a packing that does not hold together (damaged storage). */
export function unpackFigures(p: PackedFigures): Figure[] {
  // Checked by tag, not instanceof: a value read back from storage may come from another realm.
  const is = (value: unknown, type: string, length: number) => Object.prototype.toString.call(value) === `[object ${type}]` && (value as Uint8Array).length === length
  const ok =
    Number.isInteger(p.count) &&
    is(p.text, 'Int32Array', p.count * TEXT_FIELDS) &&
    is(p.refs, 'Int32Array', p.count * REF_FIELDS) &&
    is(p.currency, 'Int32Array', p.count) &&
    is(p.year, 'Uint16Array', p.count) &&
    is(p.kind, 'Uint8Array', p.count) &&
    is(p.low, 'Float64Array', p.count) &&
    is(p.high, 'Float64Array', p.count) &&
    is(p.flags, 'Uint8Array', p.count) &&
    Array.isArray(p.strings) &&
    Array.isArray(p.objects)
  if (!ok) throw new RangeError('the packed figures do not hold together')
  const s = (at: number) => (at < 0 ? null : p.strings[at])
  const o = (at: number) => (at < 0 ? null : p.objects[at])
  const figures = new Array<Figure>(p.count)
  for (let i = 0; i < p.count; i++) {
    const t = i * TEXT_FIELDS
    const r = i * REF_FIELDS
    const kind = kinds[p.kind[i]!]
    const documentId = s(p.text[t + 4]!)
    const evidence = o(p.refs[r + 3]!)
    const currency = s(p.currency[i]!)
    const flags = p.flags[i]!
    // Built field by field in the schema's order, so an unpacked figure equals the packed one.
    const figure = {
      id: s(p.text[t]!),
      indicatorId: s(p.text[t + 1]!),
      geographyCode: s(p.text[t + 2]!),
      year: p.year[i],
      estimate: kind === 'range' ? { kind, low: p.low[i], high: p.high[i] } : { kind, value: p.low[i] },
      unit: s(p.text[t + 3]!),
      ...(currency !== null ? { currency } : {}),
      coverage: o(p.refs[r]!),
      caveats: o(p.refs[r + 1]!),
      ...(flags & 1 ? { noCaveatStated: (flags & 2) === 2 } : {}),
      source: { documentId, originalProducer: o(p.refs[r + 2]!), quotedPersonId: s(p.text[t + 5]!) },
      ...(evidence !== null ? { evidence } : {}),
    }
    figures[i] = figure as Figure
  }
  return figures
}
