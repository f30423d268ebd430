// A Frictionless Data package of the figures: the CSV, `datapackage.json` (the table schema of
// every column, the sources, the licence statement) and a README in the chosen language with
// every caveat. The CSV is the dashboard's own table (figure-rows.ts), so it imports back.
import Papa from 'papaparse'
import type { FigureDescription } from '@/domain/figure-description'
import type { Language, Translate } from '@/domain/translate'
import {
  columnHeader,
  displayedColumns,
  fullDatasetColumns,
  type ExportColumn,
} from '@/domain/file-format/columns'
import { figureTable } from '@/features/export/model/figure-rows'
import { buildImageCaption } from '@/features/export/model/image-caption'
import { buildReferences } from '@/features/export/model/references'
import { formatReference } from '@/features/export/model/citation-styles'
import { formatRetrievalDate } from '@/features/export/model/citation'

export const DATA_FILE = 'figures.csv'

/** Frictionless field types of the columns that are not free text. */
const fieldTypes: Partial<Record<ExportColumn, 'integer' | 'number' | 'yearmonth'>> = {
  year: 'integer',
  low: 'number',
  high: 'number',
  periodStart: 'yearmonth',
  periodEnd: 'yearmonth',
}

export interface DataPackageInput {
  descriptions: FigureDescription[]
  /** The view's figures, or every figure of the dataset (with ids and geography levels). */
  scope: 'view' | 'full'
  title: string
  subtitle: string
  link: string
  now: Date
  lang: Language
  t: Translate
  datasetVersion: string
}

/** The package's files by name, as text. */
export type DataPackageFiles = Record<string, string>

function columnsOf(scope: DataPackageInput['scope']): readonly ExportColumn[] {
  return scope === 'full' ? fullDatasetColumns : displayedColumns
}

function csvText(input: DataPackageInput): string {
  const [header = [], ...rows] = figureTable(
    input.descriptions,
    columnsOf(input.scope),
    input.t,
    input.datasetVersion,
  )
  return (
    Papa.unparse({ fields: header.map(String), data: rows }, { newline: '\r\n', header: true }) +
    '\r\n'
  )
}

/** A package name as the spec wants it: lower case, digits, ".", "-" and "_" only. */
function packageName(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'figures'
  )
}

export function buildDatapackageJson(input: DataPackageInput): object {
  const { t, descriptions } = input
  const columns = columnsOf(input.scope)
  const headers = columns.map((c) => columnHeader(c, t))
  const documents = buildReferences(input).filter((r) => r.kind === 'document')
  return {
    profile: 'tabular-data-package',
    name: packageName(`${t('export.fileStem.fullDataset')}-${input.title}`),
    title: input.subtitle ? `${input.title} (${input.subtitle})` : input.title,
    description: t('export.package.description', { count: descriptions.length }),
    version: input.datasetVersion || undefined,
    created: input.now.toISOString(),
    homepage: input.link,
    keywords: ['migrant smuggling', 'forced returns', 'caveats'],
    // The source documents state no licence; the package does not invent one.
    licenses: [{ path: 'README.md', title: t('export.package.licence') }],
    sources: documents.map((r) => ({
      title: `${r.author}, “${r.title}”${r.isoDate ? ` (${r.isoDate})` : ''}`,
      ...(r.url ? { path: r.url } : {}),
    })),
    resources: [
      {
        name: 'figures',
        path: DATA_FILE,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: {
          fields: columns.map((c, i) => ({
            name: headers[i],
            type: fieldTypes[c] ?? 'string',
            description: t(`export.columnHelp.${c}`),
          })),
          missingValues: [''],
        },
      },
    ],
  }
}

function readme(input: DataPackageInput): string {
  const { t, lang, now, link, descriptions } = input
  const caption = buildImageCaption(input)
  const references = buildReferences(input)
  const columns = columnsOf(input.scope)
  const headers = columns.map((c) => columnHeader(c, t))
  const line = (p: { lead: string; text: string }) =>
    `- ${[p.lead, p.text].filter(Boolean).join(' ')}`
  return [
    `# ${caption.title}`,
    '',
    caption.subtitle,
    '',
    t('export.package.readmeAbout', { count: descriptions.length, file: DATA_FILE }),
    '',
    t('export.readme.rule'),
    '',
    `- ${t('export.readme.version', { version: input.datasetVersion || t('export.notStated') })}`,
    `- ${t('export.readme.retrieved', { date: formatRetrievalDate(now, lang), link })}`,
    '',
    `## ${t('export.caption.caveats').replace(/:$/, '')}`,
    '',
    ...caption.caveats.map(line),
    '',
    `## ${t('export.package.coverageHeading')}`,
    '',
    ...caption.coverage.map(line),
    ...(caption.viewNotes.length > 0
      ? ['', `## ${caption.viewNotesHeading.replace(/:$/, '')}`, '', ...caption.viewNotes.map(line)]
      : []),
    '',
    `## ${t('export.readme.citeHeading')}`,
    '',
    ...references.map((r) => `- ${formatReference(r, 'plain', t)}`),
    '',
    `## ${t('export.package.columnsHeading', { file: DATA_FILE })}`,
    '',
    ...columns.map((c, i) => `- \`${headers[i]}\`: ${t(`export.columnHelp.${c}`)}`),
    '',
    `## ${t('export.package.licenceHeading')}`,
    '',
    t('export.package.licence'),
    '',
    t('export.readme.safety'),
    '',
  ].join('\n')
}

/** The three files of the package. */
export function buildDataPackage(input: DataPackageInput): DataPackageFiles {
  return {
    [DATA_FILE]: csvText(input),
    'datapackage.json': `${JSON.stringify(buildDatapackageJson(input), null, 2)}\n`,
    'README.md': readme(input),
  }
}
