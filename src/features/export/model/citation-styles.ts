// Each reference in the styles a report needs: a plain sentence, APA 7, Chicago (bibliography),
// BibTeX and RIS. Texts a style writes in words ("Retrieved", "n.d.", "Press release") come from
// the catalogue, so every style is written in English or Spanish.
import type { Language, Translate } from '@/domain/translate'
import { formatDate } from '@/domain/source'
import type { Reference } from '@/features/export/model/references'

export const citationStyles = ['plain', 'apa', 'chicago', 'bibtex', 'ris'] as const
export type CitationStyle = (typeof citationStyles)[number]

function monthDay(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number)
  return new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  )
}

function kindLabel(r: Reference, t: Translate): string {
  return r.kind === 'view'
    ? t('export.reference.dataset')
    : t(`export.reference.documentKind.${r.documentKind ?? 'other'}`)
}

const withStop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

function plain(r: Reference, t: Translate): string {
  const where = [r.place, r.isoDate ? formatDate(r.isoDate, r.lang) : t('export.reference.noDate')]
    .filter(Boolean)
    .join(', ')
  return t('export.reference.plain', {
    author: r.author,
    title: r.title,
    kind: kindLabel(r, t),
    where,
    version: r.version ? ` ${t('export.reference.version', { version: r.version })}.` : '',
    note: r.note ? ` ${withStop(r.note)}` : '',
    accessed: formatDate(r.accessed, r.lang),
    url: r.url ? ` ${r.url}` : '',
  })
}

function apa(r: Reference, t: Translate): string {
  const year = r.isoDate?.slice(0, 4)
  if (r.kind === 'view')
    return t('export.reference.apaDataset', {
      author: r.author,
      year: year ?? t('export.reference.noDate'),
      title: r.title,
      version: r.version ? ` (${t('export.reference.version', { version: r.version })})` : '',
      kind: kindLabel(r, t),
      accessed: formatDate(r.accessed, r.lang),
      url: r.url ?? '',
    })
  const date = r.isoDate ? `${year}, ${monthDay(r.isoDate, r.lang)}` : t('export.reference.noDate')
  return `${withStop(r.author)} (${date}). ${r.title} [${kindLabel(r, t)}].${r.url ? ` ${r.url}` : ''}`
}

function chicago(r: Reference, t: Translate): string {
  const date =
    r.kind === 'document'
      ? r.isoDate
        ? formatDate(r.isoDate, r.lang)
        : t('export.reference.noDate')
      : null
  const version = r.version ? t('export.reference.version', { version: r.version }) : null
  const parts = [
    withStop(r.author),
    `“${withStop(r.title)}”`,
    withStop([kindLabel(r, t), version, r.place, date].filter(Boolean).join(', ')),
  ]
  if (r.url)
    parts.push(
      t('export.reference.accessed', { date: formatDate(r.accessed, r.lang) }),
      `${r.url}.`,
    )
  return parts.join(' ')
}

/** BibTeX text: braces balanced, the characters LaTeX treats as commands escaped. */
export function bibtexText(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
}

function bibtex(r: Reference, t: Translate): string {
  const fields: [string, string | null][] = [
    // Double braces keep an organisation's name as one name, not "surname, first name".
    ['author', `{${bibtexText(r.author)}}`],
    ['title', `{${bibtexText(r.title)}}`],
    ['year', r.isoDate?.slice(0, 4) ?? null],
    ['date', r.isoDate],
    ['howpublished', bibtexText(kindLabel(r, t))],
    ['address', r.place ? bibtexText(r.place) : null],
    ['version', r.version ? bibtexText(r.version) : null],
    ['url', r.url],
    ['urldate', r.accessed],
    [
      'note',
      r.note
        ? bibtexText(r.note)
        : r.isoDate
          ? null
          : bibtexText(t('export.reference.dateNotStated')),
    ],
    ['language', r.lang === 'es' ? 'spanish' : 'english'],
  ]
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n')
  return `@misc{${r.key},\n${body}\n}`
}

function ris(r: Reference): string {
  const slash = (iso: string) => iso.replace(/-/g, '/')
  const tags: [string, string | null][] = [
    ['TY', r.kind === 'view' ? 'DATA' : r.documentKind === 'press-release' ? 'PRESS' : 'GEN'],
    ['AU', r.author],
    ['TI', r.title],
    ['PY', r.isoDate?.slice(0, 4) ?? null],
    ['DA', r.isoDate ? slash(r.isoDate) : null],
    ['CY', r.place],
    ['ET', r.version],
    ['UR', r.url],
    ['Y2', slash(r.accessed)],
    ['N1', r.note],
    ['LA', r.lang],
    ['ID', r.key],
  ]
  return [
    ...tags
      .filter((tag): tag is [string, string] => tag[1] !== null)
      .map(([tag, value]) => `${tag}  - ${value.replace(/[\r\n]+/g, ' ')}`),
    'ER  - ',
  ].join('\r\n')
}

export function formatReference(r: Reference, style: CitationStyle, t: Translate): string {
  switch (style) {
    case 'plain':
      return plain(r, t)
    case 'apa':
      return apa(r, t)
    case 'chicago':
      return chicago(r, t)
    case 'bibtex':
      return bibtex(r, t)
    case 'ris':
      return ris(r)
  }
}
