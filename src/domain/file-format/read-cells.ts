// Reading one cell of the file format. Each reader accepts what the exports write in English
// and Spanish (write-cells.ts, so export -> import round-trips) plus the plain forms that
// docs/import-format.md documents, and returns a reason a person can act on otherwise. Coverage
// cells are read in read-coverage.ts, the source's cells in read-source.ts.
import type { Caveat, CaveatType, EstimateKind, LocalizedText } from '@/domain/dataset-schema'
import { caveatTypes, MAX_TEXT_LENGTH } from '@/domain/dataset-schema'
import { splitCaveats } from '@/domain/file-format/write-cells'
import { foldText } from '@/domain/fold-text'
import {
  languages,
  splitLanguageMark,
  type Language,
  type MessageRef,
  type Translate,
  type Translators,
} from '@/domain/translate'

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: MessageRef }

/** The translators of both languages, in order. */
export const both = (tr: Translators): Translate[] => languages.map((lang) => tr[lang])

/**
 * A table built from the messages on first use (they load before a file is read), kept for
 * the translators it was built with.
 */
export function fromMessages<T>(build: (tr: Translators) => T): (tr: Translators) => T {
  let builtFor: Translators | undefined
  let value: T | undefined
  return (tr) => {
    if (tr !== builtFor) [builtFor, value] = [tr, build(tr)]
    return value as T
  }
}

/** The key's text in both interface languages, folded. */
export function labels(tr: Translators, key: string): string[] {
  return both(tr).map((t) => foldText(t(key)))
}

export function lookup<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>()
  for (const [value, names] of entries)
    for (const name of names) if (!map.has(foldText(name))) map.set(foldText(name), value)
  return map
}

/** "texto [es]" -> { text: "texto", lang: "es" }: the export marks text shown in the other language. */
export function readLocalized(text: string, fileLang: Language): LocalizedText {
  const marked = splitLanguageMark(text)
  return { [marked.lang ?? fileLang]: marked.text }
}

const NUMBER = /^\d+(\.\d+)?(e[+-]?\d+)?$/i

const EMPTY: CellResult<null> = { ok: true, value: null }

/** A non-negative number written plainly: 4323, 2.5, 5500000000. Null for an empty cell. */
export function readNumber(text: string): CellResult<number | null> {
  if (text === '') return EMPTY
  const s = text.trim()
  if (s === '') return EMPTY
  if (/^-\s*\d/.test(s)) return { ok: false, reason: { key: 'import.reason.negative' } }
  if (/^\d{1,3}([,. ]\d{3})+([.,]\d+)?$/.test(s) && !NUMBER.test(s)) {
    return {
      ok: false,
      reason: { key: 'import.reason.thousandsSeparator', vars: { plain: s.replace(/[,. ]/g, '') } },
    }
  }
  if (!NUMBER.test(s)) return { ok: false, reason: { key: 'import.reason.notANumber' } }
  const n = Number(s)
  if (!Number.isFinite(n)) return { ok: false, reason: { key: 'import.reason.numberTooLarge' } }
  return { ok: true, value: n }
}

/**
 * Units that count whole things (people, returns, events): a fraction of one is a misread number.
 * Keys written out (not built from the unit) so that the catalogue check sees each one used.
 */
const wholeCountKeys: Record<string, { thousands: string; fraction: string }> = {
  persons: {
    thousands: 'import.reason.wholeCount.persons.thousands',
    fraction: 'import.reason.wholeCount.persons.fraction',
  },
  returns: {
    thousands: 'import.reason.wholeCount.returns.thousands',
    fraction: 'import.reason.wholeCount.returns.fraction',
  },
  events: {
    thousands: 'import.reason.wholeCount.events.thousands',
    fraction: 'import.reason.wholeCount.events.fraction',
  },
}

/**
 * Null when the number fits the unit; otherwise why not. "4.323" people is most likely 4,323
 * written with a dot between thousands (the Spanish way), so the message gives that reading.
 */
export function checkWholeCount(text: string, value: number, unit: string): MessageRef | null {
  const keys = wholeCountKeys[unit]
  if (!keys || Number.isInteger(value)) return null
  const written = text.trim()
  if (/^\d{1,3}(\.\d{3})+$/.test(written))
    return { key: keys.thousands, vars: { value: written, plain: written.replaceAll('.', '') } }
  return { key: keys.fraction, vars: { value: written } }
}

export function readYear(text: string): CellResult<number> {
  const s = text.trim()
  if (!/^\d{4}$/.test(s)) return { ok: false, reason: { key: 'import.reason.year' } }
  const year = Number(s)
  if (year < 1900 || year > 2100) return { ok: false, reason: { key: 'import.reason.year' } }
  return { ok: true, value: year }
}

const estimateKinds = fromMessages((tr) =>
  lookup<EstimateKind>([
    [
      'point',
      [
        'point',
        'point value',
        'valor puntual',
        'puntual',
        ...labels(tr, 'figure.estimateKind.point'),
      ],
    ],
    [
      'lower-bound',
      [
        'lower-bound',
        'lower bound',
        'at least',
        'al menos',
        'límite inferior',
        ...labels(tr, 'figure.estimateKind.lower-bound'),
      ],
    ],
    [
      'upper-bound',
      [
        'upper-bound',
        'upper bound',
        'up to',
        'hasta',
        'límite superior',
        ...labels(tr, 'figure.estimateKind.upper-bound'),
      ],
    ],
    ['range', ['range', 'intervalo', 'rango', ...labels(tr, 'figure.estimateKind.range')]],
  ]),
)

export function readEstimateKind(text: string, tr: Translators): CellResult<EstimateKind> {
  const kind = estimateKinds(tr).get(foldText(text))
  return kind
    ? { ok: true, value: kind }
    : { ok: false, reason: { key: 'import.reason.estimateKind' } }
}

const knownUnits = fromMessages((tr) =>
  lookup<string>(
    ['persons', 'returns', 'currency'].map(
      (unit) => [unit, [unit, ...labels(tr, `unit.${unit}`)]] as [string, string[]],
    ),
  ),
)

/** A unit id for the units the dashboard names; any other unit is kept as written. */
export function readUnit(text: string, tr: Translators): CellResult<string> {
  const s = text.trim()
  if (s === '') return { ok: false, reason: { key: 'import.reason.required' } }
  return { ok: true, value: knownUnits(tr).get(foldText(s)) ?? s }
}

const caveatKinds = fromMessages((tr) =>
  lookup<CaveatType | 'none-stated'>(
    [...caveatTypes, 'none-stated' as const].map((type) => [
      type,
      [type, type.replace('-', ' '), ...labels(tr, `caveatType.${type}`)],
    ]),
  ),
)
const noCaveatSentences = fromMessages(
  (tr) =>
    new Set(
      [
        'none stated',
        'ninguna indicada',
        'no caveat stated by the source',
        ...labels(tr, 'caveat.noneStated'),
      ].map((s) => foldText(s).replace(/\.$/, '')),
    ),
)

/** "Coverage: text | Definition: text", or the explicit "no caveat stated by the source". */
export function readCaveats(
  text: string,
  fileLang: Language,
  tr: Translators,
): CellResult<{ caveats: Caveat[]; noCaveatStated: boolean }> {
  const s = text.trim()
  if (s === '') return { ok: false, reason: { key: 'import.reason.noCaveats' } }
  if (noCaveatSentences(tr).has(foldText(s).replace(/\.$/, '')))
    return { ok: true, value: { caveats: [], noCaveatStated: true } }
  const caveats: Caveat[] = []
  let noneStated = false
  for (const { label, text: body, entry } of splitCaveats(s)) {
    const type = label === null ? undefined : caveatKinds(tr).get(foldText(label))
    if (!type)
      return {
        ok: false,
        reason: { key: 'import.reason.caveatType', vars: { text: entry.trim().slice(0, 60) } },
      }
    if (type === 'none-stated') {
      noneStated = true
      continue
    }
    if (body === '')
      return {
        ok: false,
        reason: { key: 'import.reason.caveatEmpty', vars: { text: entry.trim() } },
      }
    if (body.length > MAX_TEXT_LENGTH)
      return {
        ok: false,
        reason: {
          key: 'import.reason.caveatTooLong',
          vars: { text: body.slice(0, 60), maximum: MAX_TEXT_LENGTH },
        },
      }
    caveats.push({ type, text: readLocalized(body, fileLang) })
  }
  if (noneStated && caveats.length > 0)
    return { ok: false, reason: { key: 'import.reason.caveatNoneAndSome' } }
  return { ok: true, value: { caveats, noCaveatStated: noneStated } }
}

const notStatedWords = fromMessages(
  (tr) =>
    new Set(
      [
        'not stated',
        'no indicado',
        'none',
        'ninguno',
        ...labels(tr, 'source.notStated'),
        ...labels(tr, 'source.dateNotStated'),
        ...labels(tr, 'source.producerNotStated'),
        ...labels(tr, 'export.notStated'),
      ].map(foldText),
    ),
)
/** True for an empty cell or one that says "not stated" in either language. */
export function isNotStated(text: string, tr: Translators, extraKeys: string[] = []): boolean {
  const f = foldText(text)
  return (
    f === '' || notStatedWords(tr).has(f) || extraKeys.some((key) => labels(tr, key).includes(f))
  )
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
