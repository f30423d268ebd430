// Figures packed by storage version 2 (every id stored, indices as Int32Array): still read, so
// imports saved before version 3 load as they did. New packings are made by pack-figures.ts.
import type { Figure } from '@/domain/dataset-schema'

export interface PackedFiguresV2 {
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
// A new kind goes at the end: stored packings keep their indices.
const kinds = ['point', 'lower-bound', 'range', 'upper-bound'] as const

/** The figures of a version 2 packing. Throws a RangeError on a packing that does not hold together (damaged storage). */
export function unpackFiguresV2(p: PackedFiguresV2): Figure[] {
  // Checked by tag, not instanceof: a value read back from storage may come from another realm.
  const is = (value: unknown, type: string, length: number) =>
    Object.prototype.toString.call(value) === `[object ${type}]` &&
    (value as Uint8Array).length === length
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
      estimate:
        kind === 'range' ? { kind, low: p.low[i], high: p.high[i] } : { kind, value: p.low[i] },
      unit: s(p.text[t + 3]!),
      ...(currency !== null ? { currency } : {}),
      coverage: o(p.refs[r]!),
      caveats: o(p.refs[r + 1]!),
      ...(flags & 1 ? { noCaveatStated: (flags & 2) === 2 } : {}),
      source: {
        documentId,
        originalProducer: o(p.refs[r + 2]!),
        quotedPersonId: s(p.text[t + 5]!),
      },
      ...(evidence !== null ? { evidence } : {}),
    }
    figures[i] = figure as Figure
  }
  return figures
}
