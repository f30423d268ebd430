// Reading one cell of the import format. Each reader accepts what the dashboard's own export
// writes in English and Spanish (so export -> import round-trips) plus the plain forms that
// docs/import-format.md documents, and returns a reason a person can act on otherwise.
import type {
  Caveat,
  CaveatType,
  Coverage,
  EstimateKind,
  LocalizedText,
} from '@/domain/dataset-schema'
import {
  caveatTypes,
  isWebAddress,
  MAX_ADDRESS_LENGTH,
  MAX_TEXT_LENGTH,
} from '@/domain/dataset-schema'
import { splitCaveats } from '@/domain/file-format'
import { foldText } from '@/domain/fold-text'
import { splitLanguageMark, type Language } from '@/domain/translate'
import { translatorFor } from '@/lib/i18n'
import type { MessageRef } from '@/features/import/model/import-types'

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: MessageRef }

const langs: Language[] = ['en', 'es']
const translators = langs.map((l) => translatorFor(l))

/**
 * Built on first use, not at import: the messages these tables read are loaded asynchronously
 * (the worker and the app load them before analysing a file).
 */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}

/** The key's text in both interface languages, folded. */
function labels(key: string): string[] {
  return translators.map((t) => foldText(t(key)))
}

function lookup<T>(entries: [T, string[]][]): Map<string, T> {
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

/** A non-negative number written plainly: 4323, 2.5, 5500000000. Null for an empty cell. */
const EMPTY: CellResult<null> = { ok: true, value: null }

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

const estimateKinds = lazy(() =>
  lookup<EstimateKind>([
    [
      'point',
      ['point', 'point value', 'valor puntual', 'puntual', ...labels('figure.estimateKind.point')],
    ],
    [
      'lower-bound',
      [
        'lower-bound',
        'lower bound',
        'at least',
        'al menos',
        'límite inferior',
        ...labels('figure.estimateKind.lower-bound'),
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
        ...labels('figure.estimateKind.upper-bound'),
      ],
    ],
    ['range', ['range', 'intervalo', 'rango', ...labels('figure.estimateKind.range')]],
  ]),
)

export function readEstimateKind(text: string): CellResult<EstimateKind> {
  const kind = estimateKinds().get(foldText(text))
  return kind
    ? { ok: true, value: kind }
    : { ok: false, reason: { key: 'import.reason.estimateKind' } }
}

const knownUnits = lazy(() =>
  lookup<string>(
    ['persons', 'returns', 'currency'].map(
      (unit) => [unit, [unit, ...labels(`unit.${unit}`)]] as [string, string[]],
    ),
  ),
)

/** A unit id for the units the dashboard names; any other unit is kept as written. */
export function readUnit(text: string): CellResult<string> {
  const s = text.trim()
  if (s === '') return { ok: false, reason: { key: 'import.reason.required' } }
  return { ok: true, value: knownUnits().get(foldText(s)) ?? s }
}

const caveatKinds = lazy(() =>
  lookup<CaveatType | 'none-stated'>(
    [...caveatTypes, 'none-stated' as const].map((type) => [
      type,
      [type, type.replace('-', ' '), ...labels(`caveatType.${type}`)],
    ]),
  ),
)
const noCaveatSentences = lazy(
  () =>
    new Set(
      [
        'none stated',
        'ninguna indicada',
        'no caveat stated by the source',
        ...labels('caveat.noneStated'),
      ].map((s) => foldText(s).replace(/\.$/, '')),
    ),
)

/** "Coverage: text | Definition: text", or the explicit "no caveat stated by the source". */
export function readCaveats(
  text: string,
  fileLang: Language,
): CellResult<{ caveats: Caveat[]; noCaveatStated: boolean }> {
  const s = text.trim()
  if (s === '') return { ok: false, reason: { key: 'import.reason.noCaveats' } }
  if (noCaveatSentences().has(foldText(s).replace(/\.$/, '')))
    return { ok: true, value: { caveats: [], noCaveatStated: true } }
  const caveats: Caveat[] = []
  let noneStated = false
  for (const { label, text: body, entry } of splitCaveats(s)) {
    const type = label === null ? undefined : caveatKinds().get(foldText(label))
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

const coverageNotStated = lazy(() => translators.map((t) => t('coverage.notStated')))

export function readCoverage(text: string, fileLang: Language): Coverage {
  const s = text.trim()
  const base = { reportingUnitCount: null, reportingUnits: null }
  const notStated = coverageNotStated()
  if (s === '' || notStated.some((n) => foldText(n) === foldText(s)))
    return { status: 'not-stated', ...base }
  const prefix = notStated.find((n) => s.startsWith(`${n} `))
  if (prefix)
    return {
      status: 'not-stated',
      statement: readLocalized(s.slice(prefix.length + 1), fileLang),
      ...base,
    }
  return { status: 'stated', statement: readLocalized(s, fileLang), ...base }
}

type ReportingUnits = Pick<Coverage, 'reportingUnitCount' | 'reportingUnits'> & {
  reportingUnitType?: NonNullable<Coverage['reportingUnitType']>
}
const reportingUnitTypes = ['country', 'agency', 'other'] as const
// "countries", "país", ...: the export's words for each kind, in both languages, singular and plural.
const reportingUnitWords = lazy(() =>
  lookup<(typeof reportingUnitTypes)[number]>(
    reportingUnitTypes.map((type) => [
      type,
      [1, 2].flatMap((count) =>
        translators.map((t) =>
          t(`export.reportingUnitType.${type}`, { count }).replace(/^[\d.,\s]+/, ''),
        ),
      ),
    ]),
  ),
)

/** "7 countries", "3 países: ATG, BRB, GRD" or "7" (the export's reporting-units column); null when empty. */
export function readReportingUnits(text: string): CellResult<ReportingUnits | null> {
  const s = text.trim()
  if (isNotStated(s)) return { ok: true, value: null }
  const match = /^(\d+(?:[.,\s]\d{3})*)\s*([^\d:][^:]*)?(?::\s*(.*))?$/u.exec(s)
  const count = match ? Number(match[1]!.replace(/[.,\s]/g, '')) : NaN
  const type = match?.[2] ? reportingUnitWords().get(foldText(match[2])) : undefined
  const codes = match?.[3]?.split(/\s*,\s*/).map((c) => c.trim().toUpperCase()) ?? null
  if (
    !match ||
    !Number.isInteger(count) ||
    count < 1 ||
    (match[2] && !type) ||
    codes?.some((c) => !/^[A-Z]{3}$/.test(c))
  ) {
    return { ok: false, reason: { key: 'import.reason.reportingUnits' } }
  }
  return {
    ok: true,
    value: {
      reportingUnitCount: count,
      ...(type ? { reportingUnitType: type } : {}),
      reportingUnits: codes,
    },
  }
}

// The coverage sentences the dashboard writes from a count alone ("7 reporting countries, not named."):
// with the reporting-units column beside them they are not the source's statement. Each plural
// form is written once (1 is "one", 2 is "other" in English and Spanish) and its number made a pattern.
const generatedCoverage = lazy(() =>
  translators.flatMap((t) =>
    [1, 2].flatMap((n) =>
      [
        t('coverage.countOnly', { count: n }),
        t('coverage.named', { count: n, names: '\u0002' }),
      ].map(
        (text) =>
          new RegExp(
            `^${escapeRegExp(text).replace(String(n), '[\\d.,\\s]+').replace('\u0002', '.+')}$`,
          ),
      ),
    ),
  ),
)

/** The coverage cell read together with the reporting-units cell. */
export function combineCoverage(coverage: Coverage, units: ReportingUnits | null): Coverage {
  if (!units) return coverage
  const texts = Object.values(coverage.statement ?? {})
  const generated = texts.some((text) => generatedCoverage().some((pattern) => pattern.test(text)))
  return {
    status: 'stated',
    ...(coverage.statement && !generated ? { statement: coverage.statement } : {}),
    ...units,
  }
}

const notStatedWords = lazy(
  () =>
    new Set(
      [
        'not stated',
        'no indicado',
        'none',
        'ninguno',
        ...labels('source.notStated'),
        ...labels('source.dateNotStated'),
        ...labels('source.producerNotStated'),
        ...labels('export.notStated'),
      ].map(foldText),
    ),
)
/** True for an empty cell or one that says "not stated" in either language. */
export function isNotStated(text: string, extraKeys: string[] = []): boolean {
  const f = foldText(text)
  return f === '' || notStatedWords().has(f) || extraKeys.some((key) => labels(key).includes(f))
}

const monthNumbers = new Map<string, number>()
for (const lang of langs) {
  const format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' })
  for (let m = 0; m < 12; m++)
    monthNumbers.set(foldText(format.format(new Date(Date.UTC(2020, m, 15)))), m + 1)
}

function isoIfValid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A publication date: YYYY-MM-DD, the long dates the export writes, or "date not stated" (null). */
export function readDate(text: string): CellResult<string | null> {
  const s = text.trim()
  if (isNotStated(s)) return { ok: true, value: null }
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  let iso: string | null = null
  if (match) iso = isoIfValid(Number(match[1]), Number(match[2]), Number(match[3]))
  else if ((match = /^(\d{1,2}) (?:de )?(\p{L}+)(?: de)? (\d{4})$/u.exec(s))) {
    const month = monthNumbers.get(foldText(match[2]!))
    iso = month ? isoIfValid(Number(match[3]), month, Number(match[1])) : null
  } else if ((match = /^(\p{L}+) (\d{1,2}), (\d{4})$/u.exec(s))) {
    const month = monthNumbers.get(foldText(match[1]!))
    iso = month ? isoIfValid(Number(match[3]), month, Number(match[2])) : null
  }
  return iso ? { ok: true, value: iso } : { ok: false, reason: { key: 'import.reason.date' } }
}

/** A web address (http or https) or "no address given" (null). */
export function readAddress(text: string): CellResult<string | null> {
  const s = text.trim()
  if (isNotStated(s, ['export.noAddress'])) return { ok: true, value: null }
  // The schema's rule (http or https only), so a stored import can never hold another kind.
  if (!isWebAddress(s) || s.length > MAX_ADDRESS_LENGTH)
    return { ok: false, reason: { key: 'import.reason.address' } }
  return { ok: true, value: s }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
// Built from the same message the export writes ("Paragraph {{paragraph}}: “{{quote}}”").
const evidencePatterns = lazy(() =>
  translators.map((t) => {
    const template = escapeRegExp(t('source.evidence', { paragraph: '\u0001', quote: '\u0002' }))
    return new RegExp(`^${template.replace('\u0001', '(\\d+)').replace('\u0002', '([\\s\\S]+)')}$`)
  }),
)

/** "Paragraph 3: “the sentence”" in either language; null for an empty cell. */
export function readEvidence(
  text: string,
): CellResult<{ paragraph: number; quote: string } | null> {
  const s = text.trim()
  if (isNotStated(s)) return { ok: true, value: null }
  for (const pattern of evidencePatterns()) {
    const match = pattern.exec(s)
    if (!match) continue
    const paragraph = Number(match[1])
    const quote = match[2]!.trim()
    if (paragraph < 1 || quote.length > 400) break
    return { ok: true, value: { paragraph, quote } }
  }
  return { ok: false, reason: { key: 'import.reason.evidence' } }
}

/** "Name, role" as the export writes a quoted person; null when nobody is quoted. */
export function readPerson(text: string): { name: string; role: string | null } | null {
  const s = text.trim()
  if (isNotStated(s, ['export.nobodyQuoted'])) return null
  const comma = s.indexOf(', ')
  return comma > 0
    ? { name: s.slice(0, comma).trim(), role: s.slice(comma + 2).trim() || null }
    : { name: s, role: null }
}

const themes = lazy(() =>
  lookup<'smuggling' | 'returns'>([
    ['smuggling', ['smuggling', ...labels('theme.smuggling')]],
    ['returns', ['returns', ...labels('theme.returns')]],
  ]),
)

export function readTheme(text: string): CellResult<'smuggling' | 'returns' | null> {
  if (text.trim() === '') return { ok: true, value: null }
  const theme = themes().get(foldText(text))
  return theme ? { ok: true, value: theme } : { ok: false, reason: { key: 'import.reason.theme' } }
}

/** The theme a new indicator's name points to, when no theme column says it; null if unclear. */
export function guessTheme(indicatorName: string): 'smuggling' | 'returns' | null {
  const f = foldText(indicatorName)
  const smuggling = /smuggl|trafico ilicito|contrabando de migrantes/.test(f)
  const returns = /return|deport|remov|retorn|expuls/.test(f)
  if (smuggling === returns) return null
  return smuggling ? 'smuggling' : 'returns'
}
