// The single definition of the dataset's shape. Everything that enters the app (the built-in
// file, an API response, an imported file, stored state) is parsed with these schemas.
// zod/mini keeps the first-view bundle small; the API is the same as zod's, written as functions.
import * as z from 'zod/mini'
import { YEAR_LIMITS } from '@/domain/year-limits'
// Custom messages are message-catalogue keys ("validation.*"), so errors read in the user's language.

/**
 * The longest free text (a caveat, a definition, a title, a name) in characters: ten times the
 * longest built-in one. A data file or an import cannot make the page lay out a novel.
 */
export const MAX_TEXT_LENGTH = 2000
/** The longest document address, in characters (what browsers and servers commonly accept). */
export const MAX_ADDRESS_LENGTH = 2048

/** Free text of bounded length. */
const text = () => z.string().check(z.maxLength(MAX_TEXT_LENGTH))
const nonEmptyText = () => z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH))

/** True for an absolute http: or https: address: the only kinds the page links to. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/** Text in the interface languages; at least one of them is present. */
export const localizedTextSchema = z
  .object({
    en: z.optional(nonEmptyText()),
    es: z.optional(nonEmptyText()),
  })
  .check(z.refine((t) => Boolean(t.en ?? t.es), { message: 'validation.needsText' }))

const id = z
  .string()
  .check(z.maxLength(200), z.regex(/^[a-z0-9][a-z0-9-]*$/, 'validation.idFormat'))
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.dateFormat'))
const year = z.number().check(z.int(), z.gte(YEAR_LIMITS.first), z.lte(YEAR_LIMITS.last))
const finiteNonNegative = z.number().check(z.gte(0), z.refine(Number.isFinite, 'validation.finite'))

/** ISO 3166-1 alpha-3 for countries; UN M49 or an organisation's code for regions. */
export const geographyCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z0-9-]{3,12}$/, 'validation.geographyCode'))

export const sourceDocumentSchema = z.object({
  id,
  title: localizedTextSchema,
  kind: z.enum(['press-release', 'statistical-bulletin', 'register', 'report', 'other']),
  publisher: nonEmptyText(),
  place: z.nullable(text()),
  /** null means the document does not state its date. */
  publishedDate: z.nullable(isoDate),
  /** null means no address is given for the document. */
  url: z.nullable(
    z
      .string()
      .check(z.maxLength(MAX_ADDRESS_LENGTH), z.refine(isWebAddress, 'validation.webAddress')),
  ),
  language: z.enum(['en', 'es', 'other']),
  /** File name of the copy this record was read from, where there is one. */
  copy: z.optional(text()),
})

export const organisationSchema = z.object({
  id,
  name: localizedTextSchema,
  abbreviation: z.optional(text()),
  documentIds: z.array(id),
})

export const personSchema = z.object({
  id,
  name: nonEmptyText(),
  role: localizedTextSchema,
  organisationId: z.nullable(id),
  documentId: id,
})

export const geographySchema = z.object({
  code: geographyCodeSchema,
  level: z.enum(['world', 'region', 'country']),
  name: localizedTextSchema,
  /** For a region: the organisation or standard whose region it is. */
  definedBy: z.optional(text()),
  /** For a region: ISO3 codes of its members, as published by the body that defines it. */
  members: z.optional(z.array(geographyCodeSchema)),
  /** Where the membership list comes from. */
  membershipSource: z.optional(localizedTextSchema),
})

export const estimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('point'), value: finiteNonNegative }),
  z.object({ kind: z.literal('lower-bound'), value: finiteNonNegative }),
  /** "up to", "fewer than": the true value may be lower (added with the document reader). */
  z.object({ kind: z.literal('upper-bound'), value: finiteNonNegative }),
  z
    .object({ kind: z.literal('range'), low: finiteNonNegative, high: finiteNonNegative })
    .check(z.refine((r) => r.low <= r.high, { message: 'validation.lowAboveHigh', path: ['low'] })),
])

export const caveatTypes = [
  'coverage',
  'estimate-method',
  'definition',
  'terminology',
  'inconsistency',
] as const

export const caveatSchema = z.object({
  type: z.enum(caveatTypes),
  text: localizedTextSchema,
})

export const coverageSchema = z.object({
  /** 'not-stated' when the source says nothing about who reported. */
  status: z.enum(['stated', 'not-stated']),
  /** The coverage as the source puts it. */
  statement: z.optional(localizedTextSchema),
  /** How many reporting units stand behind the figure; null when not stated. */
  reportingUnitCount: z.nullable(z.number().check(z.int(), z.gte(1))),
  reportingUnitType: z.optional(z.enum(['country', 'agency', 'other'])),
  /** ISO3 codes of the reporting units; null when they are not named. */
  reportingUnits: z.nullable(z.array(geographyCodeSchema)),
})

export const evidenceSchema = z.object({
  documentId: id,
  /** 1-based paragraph of the document's body text. */
  paragraph: z.number().check(z.int(), z.gte(1)),
  /** One short sentence quoted from the document. */
  quote: z.string().check(z.minLength(1), z.maxLength(400)),
})

export const figureSourceSchema = z.object({
  documentId: id,
  /** The study or body the document cites as the origin of the number; null when not stated. */
  originalProducer: z.nullable(localizedTextSchema),
  /** The person the document quotes as stating the number; null when nobody is quoted. */
  quotedPersonId: z.nullable(id),
})

const yearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.yearMonth'))

/** Months from one 'YYYY-MM' to another: 0 for the same month. */
export function monthsBetween(start: string, end: string): number {
  return (
    (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    Number(end.slice(5, 7)) -
    Number(start.slice(5, 7))
  )
}

/**
 * A figure's time when it is not a calendar year (docs/periods.md). A quarter and a month
 * are of the figure's `year`; a fiscal year states its first and last month and the source's
 * own name for it, and the figure's `year` is the year it ends in (US FY2019: 2018-10 to 2019-09).
 */
export const periodSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('fiscal-year'),
      /** The source's name for it, e.g. "FY2019", "2018/19". */
      label: z.optional(z.string().check(z.minLength(1))),
      /** First month, 'YYYY-MM'. */
      start: yearMonth,
      /** Last month, 'YYYY-MM'; twelve months after the first, counting both. */
      end: yearMonth,
    })
    .check(
      z.refine((p) => monthsBetween(p.start, p.end) === 11, {
        message: 'validation.fiscalYearMonths',
        path: ['end'],
      }),
    ),
  z.object({ kind: z.literal('quarter'), quarter: z.number().check(z.int(), z.gte(1), z.lte(4)) }),
  z.object({ kind: z.literal('month'), month: z.number().check(z.int(), z.gte(1), z.lte(12)) }),
])

export const figureSchema = z.object({
  id,
  indicatorId: id,
  geographyCode: geographyCodeSchema,
  /** The calendar year the figure refers to; for a fiscal year, the year it ends in. */
  year,
  /** Absent for a calendar year (every file written before periods existed reads as before). */
  period: z.optional(periodSchema),
  estimate: estimateSchema,
  /** Unit id from the unit list, e.g. 'persons', 'returns', 'currency'. */
  unit: nonEmptyText(),
  /** ISO 4217 code when the unit is money. */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'validation.currencyCode'))),
  coverage: coverageSchema,
  caveats: z.array(caveatSchema),
  /** True when the source states no caveat and the importer said so explicitly. */
  noCaveatStated: z.optional(z.boolean()),
  source: figureSourceSchema,
  evidence: z.optional(evidenceSchema),
})

export const indicatorSchema = z.object({
  id,
  theme: z.enum(['smuggling', 'returns']),
  name: localizedTextSchema,
  description: localizedTextSchema,
  definitionIds: z.array(id),
  /**
   * The units its figures are counted in (unit ids, e.g. ['returns']): one, or a declared set.
   * Absent: the units of its figures. An import in another unit is asked to map it or make a new indicator.
   */
  units: z.optional(z.array(z.string().check(z.minLength(1)))),
})

export const eventSchema = z.object({
  id,
  kind: z.enum(['webinar-series', 'training-workshop']),
  name: localizedTextSchema,
  documentId: id,
  /** The dates as the document writes them. */
  dateText: text(),
  start: z.nullable(isoDate),
  end: z.nullable(isoDate),
  dateNote: z.optional(localizedTextSchema),
  format: localizedTextSchema,
  sessions: z.nullable(z.number().check(z.int(), z.gte(1))),
  duration: z.optional(localizedTextSchema),
  organiserIds: z.array(id),
  supporterIds: z.array(id),
  /** ISO3 codes of countries the document names as taking part. */
  participantCountries: z.array(geographyCodeSchema),
  participants: localizedTextSchema,
  evidence: evidenceSchema,
})

export const workPlanSchema = z.object({
  id,
  name: localizedTextSchema,
  documentId: id,
  ownerId: id,
  supportIds: z.array(id),
  periodStart: year,
  periodEnd: year,
  /** Implementation period in years, as the document states it. */
  statedImplementationYears: z.nullable(z.number().check(z.int(), z.gte(1))),
  binding: z.nullable(z.boolean()),
  caveats: z.array(caveatSchema),
  evidence: evidenceSchema,
})

export const definitionSchema = z.object({
  id,
  term: localizedTextSchema,
  text: localizedTextSchema,
  reference: localizedTextSchema,
})

export const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  datasetVersion: text(),
  documents: z.array(sourceDocumentSchema),
  organisations: z.array(organisationSchema),
  people: z.array(personSchema),
  geographies: z.array(geographySchema),
  indicators: z.array(indicatorSchema),
  figures: z.array(figureSchema),
  events: z.array(eventSchema),
  workPlans: z.array(workPlanSchema),
  definitions: z.array(definitionSchema),
})

export type LocalizedText = z.infer<typeof localizedTextSchema>
export type SourceDocument = z.infer<typeof sourceDocumentSchema>
export type Organisation = z.infer<typeof organisationSchema>
export type Person = z.infer<typeof personSchema>
export type Geography = z.infer<typeof geographySchema>
export type Estimate = z.infer<typeof estimateSchema>
export type Period = z.infer<typeof periodSchema>
export type EstimateKind = Estimate['kind']
export type CaveatType = (typeof caveatTypes)[number]
export type Caveat = z.infer<typeof caveatSchema>
export type Coverage = z.infer<typeof coverageSchema>
export type Evidence = z.infer<typeof evidenceSchema>
export type Figure = z.infer<typeof figureSchema>
export type Indicator = z.infer<typeof indicatorSchema>
export type MigrationEvent = z.infer<typeof eventSchema>
export type WorkPlan = z.infer<typeof workPlanSchema>
export type Definition = z.infer<typeof definitionSchema>
export type Dataset = z.infer<typeof datasetSchema>
