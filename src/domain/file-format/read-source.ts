// Reading the cells about a figure's source: the publication date, the address, the evidence,
// the quoted person and the indicator's theme.
import { isWebAddress, MAX_ADDRESS_LENGTH } from '@/domain/dataset-schema'
import { foldText } from '@/domain/fold-text'
import { languages, type Translators } from '@/domain/translate'
import {
  both,
  escapeRegExp,
  fromMessages,
  isNotStated,
  labels,
  lookup,
  type CellResult,
} from '@/domain/file-format/read-cells'

const monthNumbers = new Map<string, number>()
for (const lang of languages) {
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
export function readDate(text: string, tr: Translators): CellResult<string | null> {
  const s = text.trim()
  if (isNotStated(s, tr)) return { ok: true, value: null }
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
export function readAddress(text: string, tr: Translators): CellResult<string | null> {
  const s = text.trim()
  if (isNotStated(s, tr, ['export.noAddress'])) return { ok: true, value: null }
  // The schema's rule (http or https only), so a stored import can never hold another kind.
  if (!isWebAddress(s) || s.length > MAX_ADDRESS_LENGTH)
    return { ok: false, reason: { key: 'import.reason.address' } }
  return { ok: true, value: s }
}

// Built from the same message the export writes ("Paragraph {{paragraph}}: “{{quote}}”").
const evidencePatterns = fromMessages((tr) =>
  both(tr).map((t) => {
    const template = escapeRegExp(t('source.evidence', { paragraph: '\u0001', quote: '\u0002' }))
    return new RegExp(`^${template.replace('\u0001', '(\\d+)').replace('\u0002', '([\\s\\S]+)')}$`)
  }),
)

/** "Paragraph 3: “the sentence”" in either language; null for an empty cell. */
export function readEvidence(
  text: string,
  tr: Translators,
): CellResult<{ paragraph: number; quote: string } | null> {
  const s = text.trim()
  if (isNotStated(s, tr)) return { ok: true, value: null }
  for (const pattern of evidencePatterns(tr)) {
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
export function readPerson(
  text: string,
  tr: Translators,
): { name: string; role: string | null } | null {
  const s = text.trim()
  if (isNotStated(s, tr, ['export.nobodyQuoted'])) return null
  const comma = s.indexOf(', ')
  return comma > 0
    ? { name: s.slice(0, comma).trim(), role: s.slice(comma + 2).trim() || null }
    : { name: s, role: null }
}

const themes = fromMessages((tr) =>
  lookup<'smuggling' | 'returns'>([
    ['smuggling', ['smuggling', ...labels(tr, 'theme.smuggling')]],
    ['returns', ['returns', ...labels(tr, 'theme.returns')]],
  ]),
)

export function readTheme(
  text: string,
  tr: Translators,
): CellResult<'smuggling' | 'returns' | null> {
  if (text.trim() === '') return { ok: true, value: null }
  const theme = themes(tr).get(foldText(text))
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
