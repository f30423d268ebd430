// export -> import: the CSV the dashboard exports imports back unchanged. "Unchanged" is checked
// twice: exporting the imported figures again gives the same file, and every re-imported figure
// equals the original field by field (contentOf: caveats, coverage, source, evidence, estimate
// and every other field), so a loss that happens in both exports does not pass unseen.
import fc from 'fast-check'
import Papa from 'papaparse'
import type { Estimate, Figure, LocalizedText } from '@/domain/dataset-schema'
import type { DatasetFigure, DatasetIndex } from '@/domain/dataset-index'
import { describeFigure } from '@/domain/figure-description'
import { pickText, type Language } from '@/domain/translate'
import { buildDisplayedCsv } from '@/features/export/model/csv'
import { analyseImport } from '@/features/import/model/analyse-import'
import type { ImportRecords } from '@/features/import/model/import-types'
import { indexWithImports } from '@/features/import/model/merge-imports'
import {
  checkStoredImport,
  packImport,
  toStoredImport,
} from '@/features/import/model/stored-import'
import { translatorFor } from '@/lib/i18n'
import { analyseText, builtInContext, builtInIndex } from '../helpers'

function exportCsv(index: DatasetIndex, figures: DatasetFigure[], lang: Language): string {
  const t = translatorFor(lang)
  return buildDisplayedCsv(
    figures.map((figure) => describeFigure({ kind: 'own', figure }, index, lang, t)),
    t,
    index.dataset.datasetVersion,
  )
}

/** Imports `csvText` into the dashboard `index` and exports the imported figures again. */
function importAndExportAgain(
  index: DatasetIndex,
  imported: ImportRecords[],
  csvText: string,
  lang: Language,
) {
  const analysis = analyseText(csvText, 'exported.csv', builtInContext(imported, index))
  const stored = toStoredImport(analysis, 'round-trip', new Date('2026-01-01T00:00:00Z'))
  const after = indexWithImports(index.dataset, [stored])
  const figures = after.figures.filter(
    (f) => f.origin.kind === 'imported' && f.origin.importId === 'round-trip',
  )
  return { analysis, figures, after, csv: exportCsv(after, figures, lang) }
}

/**
 * A figure as content, as a file in `lang` carries it: references (document, person) resolved to
 * what they name, each text as that language shows it ({ es: 'x' } stays { es: 'x' } in English,
 * { en, es } becomes { en }). Fields not named here are compared as they are (...rest), so a field
 * added to figures is compared from the day it exists.
 */
function contentOf(figure: DatasetFigure, index: DatasetIndex, lang: Language) {
  const {
    id: _id,
    origin: _origin,
    source,
    coverage,
    caveats,
    evidence,
    noCaveatStated,
    ...rest
  } = figure
  const shown = (text: LocalizedText | null | undefined) => {
    if (!text) return text ?? null
    const picked = pickText(text, lang)
    return { [picked.lang]: picked.text }
  }
  const document = index.documents.get(source.documentId)
  const person = source.quotedPersonId === null ? null : index.people.get(source.quotedPersonId)
  return {
    ...rest,
    noCaveatStated: noCaveatStated ?? false,
    coverage: { ...coverage, statement: shown(coverage.statement) },
    caveats: caveats.map((c) => ({ type: c.type, text: shown(c.text) })),
    source: {
      document: document && {
        title: shown(document.title),
        publisher: document.publisher,
        place: document.place,
        publishedDate: document.publishedDate,
        url: document.url,
      },
      originalProducer: shown(source.originalProducer),
      quotedPerson: person && { name: person.name, role: shown(person.role) },
    },
    evidence: evidence ? { paragraph: evidence.paragraph, quote: evidence.quote } : null,
  }
}

/**
 * The CSV without its origin column: a figure imported from an export is the user's, so its
 * origin says so (checked below) while everything else comes back unchanged.
 */
function withoutOrigin(csv: string): string[][] {
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data
  const at = rows[0]!.findIndex((h) => h === 'origin' || h === 'origen')
  return rows.map((r) => r.filter((_, i) => i !== at))
}

function originsOf(csv: string): string[] {
  const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), {
    delimiter: ',',
    skipEmptyLines: true,
  }).data
  const at = header!.findIndex((h) => h === 'origin' || h === 'origen')
  return rows.map((r) => r[at]!)
}

const facts = (f: Figure) => ({
  indicatorId: f.indicatorId,
  geographyCode: f.geographyCode,
  year: f.year,
  period: f.period,
  estimate: f.estimate,
  unit: f.unit,
  currency: f.currency,
  noCaveatStated: f.noCaveatStated ?? false,
})

describe('export -> import round trip', () => {
  it.each(['en', 'es'] as const)(
    'the built-in figures exported in %s import back unchanged, flagged as duplicates',
    (lang) => {
      const index = builtInIndex()
      const exported = exportCsv(index, index.figures, lang)
      const { analysis, figures, after, csv } = importAndExportAgain(index, [], exported, lang)
      expect(analysis.summary.fileError).toBeNull()
      expect(analysis.summary.issues).toEqual([])
      expect(analysis.summary.duplicateCount).toBe(3)
      expect(analysis.summary.newRecords).toEqual({
        indicators: [],
        documents: [],
        geographies: [],
        people: [],
      })
      expect(figures.map(facts)).toEqual(index.figures.map(facts))
      expect(withoutOrigin(csv)).toEqual(withoutOrigin(exported))
      const imported =
        lang === 'en'
          ? 'Imported from exported.csv on January 1, 2026'
          : 'Importada de exported.csv el 1 de enero de 2026'
      expect(originsOf(csv)).toEqual([imported, imported, imported])
      expect(figures.map((f) => contentOf(f, after, lang))).toEqual(
        index.figures.map((f) => contentOf(f, index, lang)),
      )
    },
  )
})

// --- generated datasets -------------------------------------------------------------------

const base = builtInIndex()
const knownIndicators = [...base.indicators.keys()]
const knownPlaces = ['001', 'CARICOM', 'RCM', 'JAM', 'COL', 'VEN', 'HTI', 'USA', 'ESP']
// Texts as a source writes them: trimmed, non-empty, without the caveat separator " | ".
const text = fc
  .string({
    minLength: 1,
    maxLength: 40,
    unit: fc.constantFrom(...'abcdefgh ijklmnopqrstuvwxyzáéñ.,;:-=+@“”«»"\'0123456789'),
  })
  .map((s) => s.trim().replace(/\s+/g, ' '))
  .filter(
    (s) =>
      s.length > 0 &&
      !s.includes(' | ') &&
      !/\s\[(en|es)\]$/.test(s) &&
      !/^(none stated|ninguna indicada)$/i.test(s),
  )
const localized = fc.oneof(
  text.map((en) => ({ en })),
  text.map((es) => ({ es })),
  fc.tuple(text, text).map(([en, es]) => ({ en, es })),
)
const amount = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000_000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }),
)
const estimate = fc.oneof(
  amount.map((value) => ({ kind: 'point' as const, value })),
  amount.map((value) => ({ kind: 'lower-bound' as const, value })),
  fc
    .tuple(amount, amount)
    .map(([a, b]) => ({ kind: 'range' as const, low: Math.min(a, b), high: Math.max(a, b) })),
)
const caveat = fc.record({
  type: fc.constantFrom(
    'coverage',
    'estimate-method',
    'definition',
    'terminology',
    'inconsistency' as const,
  ),
  text: localized,
})
const coverage = fc.oneof(
  fc.constant({ status: 'not-stated' as const, reportingUnitCount: null, reportingUnits: null }),
  localized.map((statement) => ({
    status: 'not-stated' as const,
    statement,
    reportingUnitCount: null,
    reportingUnits: null,
  })),
  localized.map((statement) => ({
    status: 'stated' as const,
    statement,
    reportingUnitCount: null,
    reportingUnits: null,
  })),
  fc
    .integer({ min: 1, max: 40 })
    .map((n) => ({ status: 'stated' as const, reportingUnitCount: n, reportingUnits: null })),
  // A count with its kind, the units named or not, with or without the source's statement.
  fc
    .record({
      statement: fc.option(localized),
      count: fc.integer({ min: 1, max: 2000 }),
      type: fc.option(fc.constantFrom('country' as const, 'agency' as const, 'other' as const)),
      units: fc.option(
        fc.uniqueArray(fc.constantFrom('JAM', 'TTO', 'GUY', 'BRB'), { minLength: 1 }),
      ),
    })
    .map(({ statement, count, type, units }) => ({
      status: 'stated' as const,
      ...(statement ? { statement } : {}),
      reportingUnitCount: units ? units.length : count,
      ...(type ? { reportingUnitType: type } : {}),
      reportingUnits: units,
    })),
)

function wholeEstimate(e: Estimate): Estimate {
  return e.kind === 'range'
    ? { kind: 'range', low: Math.floor(e.low), high: Math.floor(e.high) }
    : { kind: e.kind, value: Math.floor(e.value) }
}

interface Generated {
  records: ImportRecords
  figures: Figure[]
}

const generatedDataset: fc.Arbitrary<Generated> = fc
  .record({
    placeNames: fc.array(localized, { minLength: 3, maxLength: 3 }),
    newIndicators: fc.array(fc.constantFrom<'smuggling' | 'returns'>('smuggling', 'returns'), {
      maxLength: 3,
    }),
    documents: fc.array(
      fc.record({
        title: localized,
        publisher: text,
        place: fc.option(text),
        date: fc.option(
          fc.date({
            min: new Date('1990-01-01'),
            max: new Date('2030-12-31'),
            noInvalidDate: true,
          }),
        ),
        url: fc.option(fc.webUrl()),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    // A quoted person is written "Name, role": a name with a comma cannot be told apart (documented).
    people: fc.array(fc.record({ name: text.filter((s) => !s.includes(',')), role: localized }), {
      maxLength: 2,
    }),
    figures: fc.array(
      fc.record({
        indicator: fc.nat(),
        place: fc.constantFrom(...knownPlaces),
        year: fc.integer({ min: 1901, max: 2100 }),
        // A calendar year (no period), a fiscal year starting in any month but January, a quarter or a month.
        period: fc.option(
          fc.oneof(
            fc.record({
              kind: fc.constant('fiscal-year' as const),
              firstMonth: fc.integer({ min: 2, max: 12 }),
              label: fc.option(fc.constantFrom('FY', '2018/19', 'AF (US)', 'Ejercicio fiscal')),
            }),
            fc.record({
              kind: fc.constant('quarter' as const),
              quarter: fc.integer({ min: 1, max: 4 }),
            }),
            fc.record({
              kind: fc.constant('month' as const),
              month: fc.integer({ min: 1, max: 12 }),
            }),
          ),
        ),
        estimate,
        unit: fc.constantFrom('persons', 'returns', 'cases', 'currency'),
        coverage,
        caveats: fc.array(caveat, { maxLength: 3 }),
        document: fc.nat(),
        producer: fc.option(localized),
        person: fc.option(fc.nat()),
        evidence: fc.option(fc.record({ paragraph: fc.integer({ min: 1, max: 99 }), quote: text })),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ newIndicators, documents, people, figures, placeNames }) => {
    const geographies = ['COL', 'VEN', 'ESP'].map((code, i) => ({
      code,
      level: 'country' as const,
      name: placeNames[i]!,
    }))
    const indicators = newIndicators.map((theme, i) => ({
      id: `gen-indicator-${i}`,
      theme,
      name: { en: `Generated ${theme} indicator ${i}` },
      description: { en: 'Generated' },
      definitionIds: [],
    }))
    // Titles are made unique: a file names a document by its title and publisher.
    const docs = documents.map((d, i) => ({
      id: `gen-doc-${i}`,
      title: Object.fromEntries(Object.entries(d.title).map(([k, v]) => [k, `${v} #${i}`])),
      kind: 'other' as const,
      publisher: d.publisher,
      place: d.place,
      publishedDate: d.date ? d.date.toISOString().slice(0, 10) : null,
      url: d.url,
      language: 'other' as const,
    }))
    const persons = people.map((p, i) => ({
      id: `gen-person-${i}`,
      name: `${p.name} ${i}`,
      role: p.role,
      organisationId: null,
      documentId: docs[0]!.id,
    }))
    const indicatorIds = [...knownIndicators, ...indicators.map((i) => i.id)]
    const out: Figure[] = figures.map((f, i) => {
      const documentId = docs[f.document % docs.length]!.id
      return {
        id: `gen-figure-${i}`,
        indicatorId: indicatorIds[f.indicator % indicatorIds.length]!,
        geographyCode: f.place,
        year: f.year,
        ...(f.period ? { period: periodOf(f.year, f.period) } : {}),
        // A count of people or returns is whole (a fraction of one is refused on import).
        estimate:
          f.unit === 'persons' || f.unit === 'returns' ? wholeEstimate(f.estimate) : f.estimate,
        unit: f.unit,
        ...(f.unit === 'currency' ? { currency: 'USD' } : {}),
        coverage: f.coverage,
        caveats: f.caveats,
        ...(f.caveats.length === 0 ? { noCaveatStated: true } : {}),
        source: {
          documentId,
          originalProducer: f.producer,
          quotedPersonId:
            f.person !== null && persons.length > 0 ? persons[f.person % persons.length]!.id : null,
        },
        ...(f.evidence ? { evidence: { documentId, ...f.evidence } } : {}),
      }
    })
    return { records: { indicators, documents: docs, geographies, people: persons }, figures: out }
  })

type GeneratedPeriod =
  | { kind: 'fiscal-year'; firstMonth: number; label: string | null }
  | { kind: 'quarter'; quarter: number }
  | { kind: 'month'; month: number }
function periodOf(year: number, p: GeneratedPeriod): NonNullable<Figure['period']> {
  if (p.kind !== 'fiscal-year') return p
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    kind: 'fiscal-year',
    ...(p.label ? { label: p.label } : {}),
    start: `${year - 1}-${pad(p.firstMonth)}`,
    end: `${year}-${pad(p.firstMonth - 1)}`,
  }
}

describe('property: the importer', () => {
  it('survives export -> import unchanged for any valid dataset, in both languages', () => {
    fc.assert(
      fc.property(generatedDataset, fc.constantFrom<Language>('en', 'es'), (generated, lang) => {
        const source = indexWithImports(base.dataset, [
          {
            storageVersion: 3,
            id: 'generated',
            fileName: 'generated.csv',
            importedAt: '2026-01-01T00:00:00.000Z',
            format: 'csv',
            figureCount: generated.figures.length,
            skippedRowCount: 0,
            records: generated.records,
            figures: generated.figures,
          },
        ])
        const figures = source.figures.filter((f) => f.origin.kind === 'imported')
        const exported = exportCsv(source, figures, lang)
        // The receiving dashboard knows the generated indicators (a colleague's import) but not the documents.
        const receiving = indexWithImports(base.dataset, [
          {
            storageVersion: 3,
            id: 'colleague',
            fileName: 'c.csv',
            importedAt: '2026-01-01T00:00:00.000Z',
            format: 'csv',
            figureCount: 0,
            skippedRowCount: 0,
            records: { ...generated.records, documents: [], people: [], geographies: [] },
            figures: [],
          },
        ])
        const {
          analysis,
          figures: imported,
          after,
          csv,
        } = importAndExportAgain(
          receiving,
          [{ ...generated.records, documents: [], people: [], geographies: [] }],
          exported,
          lang,
        )
        expect(analysis.summary.issues).toEqual([])
        expect(
          checkStoredImport(packImport(toStoredImport(analysis, 'x', new Date()))),
        ).toMatchObject({ ok: true })
        expect(imported.map(facts)).toEqual(figures.map(facts))
        expect(withoutOrigin(csv)).toEqual(withoutOrigin(exported))
        expect(imported.map((f) => contentOf(f, after, lang))).toEqual(
          figures.map((f) => contentOf(f, source, lang)),
        )
      }),
      { numRuns: 80 },
    )
  }, 60_000)

  const cells = fc.array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '',
        'point',
        'range',
        'JAM',
        'XYZ',
        '2019',
        '-1',
        '1e400',
        'Coverage: x',
        'none stated',
        '"',
        '#meta+source',
      ),
    ),
    { maxLength: 22 },
  )
  const headers = fc.shuffledSubarray([
    'indicator',
    'geography code',
    'year',
    'estimate kind',
    'value',
    'low',
    'high',
    'unit',
    'currency',
    'caveats',
    'source document',
    'publisher',
    'date',
    'address',
    'evidence',
    'quoted person',
    'theme',
    'coverage',
    'figure id',
    '#country+code',
  ])

  it.each([
    ['any bytes', fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ bytes, name: 'f.csv' }))],
    [
      'any text',
      fc
        .string({ maxLength: 2000 })
        .map((s) => ({ bytes: new TextEncoder().encode(s), name: 'f.csv' })),
    ],
    [
      'any JSON value',
      fc.json().map((s) => ({ bytes: new TextEncoder().encode(s), name: 'f.json' })),
    ],
    [
      'CSV-shaped text with known columns',
      fc.tuple(headers, fc.array(cells, { maxLength: 20 })).map(([h, rows]) => ({
        bytes: new TextEncoder().encode(
          [h, ...rows]
            .map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))
            .join('\n'),
        ),
        name: 'f.csv',
      })),
    ],
    [
      'JSON items with known keys',
      fc
        .array(
          fc.dictionary(
            fc.constantFrom(
              'indicator',
              'geographyCode',
              'year',
              'estimateKind',
              'value',
              'low',
              'high',
              'unit',
              'caveats',
              'sourceDocument',
              'publisher',
              'currency',
            ),
            fc.jsonValue(),
          ),
          { maxLength: 20 },
        )
        .map((items) => ({
          bytes: new TextEncoder().encode(JSON.stringify(items)),
          name: 'f.json',
        })),
    ],
  ])('never throws and never fails inside, for %s', (_name, input) => {
    fc.assert(
      fc.property(input, ({ bytes, name }) => {
        const analysis = analyseImport({ name, bytes, size: bytes.length }, builtInContext(), 'p')
        const { summary, figures } = analysis
        expect(summary.fileError?.key).not.toBe('import.fileError.internal')
        // Whatever the importer accepts passes the schema that stored imports are read back with.
        if (figures.length > 0)
          expect(
            checkStoredImport(packImport(toStoredImport(analysis, 'p', new Date()))),
          ).toMatchObject({ ok: true })
        expect(summary.validCount).toBe(figures.length)
        expect(summary.issues.length).toBeLessThanOrEqual(100)
      }),
      { numRuns: 150 },
    )
  })
})
