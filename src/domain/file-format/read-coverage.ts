// Reading the coverage cells: the statement as the source puts it (or "not stated"), and the
// reporting units the export writes beside it ("7 countries", "3 países: ATG, BRB, GRD").
import type { Coverage } from '@/domain/dataset-schema'
import { foldText } from '@/domain/fold-text'
import type { Language, Translators } from '@/domain/translate'
import {
  both,
  escapeRegExp,
  fromMessages,
  isNotStated,
  lookup,
  readLocalized,
  type CellResult,
} from '@/domain/file-format/read-cells'

const coverageNotStated = fromMessages((tr) => both(tr).map((t) => t('coverage.notStated')))

export function readCoverage(text: string, fileLang: Language, tr: Translators): Coverage {
  const s = text.trim()
  const base = { reportingUnitCount: null, reportingUnits: null }
  const notStated = coverageNotStated(tr)
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
const reportingUnitWords = fromMessages((tr) =>
  lookup<(typeof reportingUnitTypes)[number]>(
    reportingUnitTypes.map((type) => [
      type,
      [1, 2].flatMap((count) =>
        both(tr).map((t) =>
          t(`export.reportingUnitType.${type}`, { count }).replace(/^[\d.,\s]+/, ''),
        ),
      ),
    ]),
  ),
)

/** "7 countries", "3 países: ATG, BRB, GRD" or "7" (the export's reporting-units column); null when empty. */
export function readReportingUnits(
  text: string,
  tr: Translators,
): CellResult<ReportingUnits | null> {
  const s = text.trim()
  if (isNotStated(s, tr)) return { ok: true, value: null }
  const match = /^(\d+(?:[.,\s]\d{3})*)\s*([^\d:][^:]*)?(?::\s*(.*))?$/u.exec(s)
  const count = match ? Number(match[1]!.replace(/[.,\s]/g, '')) : NaN
  const type = match?.[2] ? reportingUnitWords(tr).get(foldText(match[2])) : undefined
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
const generatedCoverage = fromMessages((tr) =>
  both(tr).flatMap((t) =>
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
export function combineCoverage(
  coverage: Coverage,
  units: ReportingUnits | null,
  tr: Translators,
): Coverage {
  if (!units) return coverage
  const texts = Object.values(coverage.statement ?? {})
  const generated = texts.some((text) =>
    generatedCoverage(tr).some((pattern) => pattern.test(text)),
  )
  return {
    status: 'stated',
    ...(coverage.statement && !generated ? { statement: coverage.statement } : {}),
    ...units,
  }
}
