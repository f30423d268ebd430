// The labelled corpus (tests/fixtures/documents) and the seed releases (../shared/seeds, read in
// place), and how the reader's proposals are scored against them: detection recall and precision,
// then the share of detected figures whose estimate kind, unit, year and place agree.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readDocument } from '@/features/documents/model/read-document'
import type { Candidate } from '@/features/documents/model/candidate-types'
import { readSeedDocuments } from '@tests/features/documents/seed-documents'

export interface LabelledFigure {
  sentence: string
  kind: string
  value?: number
  low?: number
  high?: number
  unit: string
  year: number | null
  place: string | null
}

export interface LabelledDocument {
  name: string
  text: string
  figures: LabelledFigure[]
}

const CORPUS_DIR = join(process.cwd(), 'tests', 'fixtures', 'documents')

/** The main corpus, or with `heldOut` the documents written after tuning (never used to tune). */
export function readCorpus(heldOut = false): LabelledDocument[] {
  const dir = heldOut ? join(CORPUS_DIR, 'held-out') : CORPUS_DIR
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    documents: Record<string, LabelledFigure[]>
  }
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt'))
  return names.map((name) => ({
    name,
    text: readFileSync(join(dir, name), 'utf8'),
    figures: labels.documents[name] ?? [],
  }))
}

interface DatasetFigure {
  estimate: { kind: string; value?: number; low?: number; high?: number }
  unit: string
  year: number
  geographyCode: string
  evidence: { documentId: string; quote: string }
}

/** The seed releases with the built-in figures as their labels (public/data/v1/dataset.json). */
export function readSeedCorpus(): LabelledDocument[] {
  const dataset = JSON.parse(
    readFileSync(join(process.cwd(), 'public', 'data', 'v1', 'dataset.json'), 'utf8'),
  ) as { documents: { id: string }[]; figures: DatasetFigure[] }
  return readSeedDocuments().map((text, i) => ({
    name: `seed ${i + 1}`,
    text,
    figures: dataset.figures
      .filter((f) => f.evidence.documentId === dataset.documents[i]?.id)
      .map((f) => ({
        sentence: f.evidence.quote,
        ...f.estimate,
        unit: f.unit,
        year: f.year,
        place: f.geographyCode,
      })),
  }))
}

function firstValue(c: Candidate): number {
  return c.estimate.kind === 'range' ? c.estimate.low : c.estimate.value
}

export function matches(c: Candidate, label: LabelledFigure): boolean {
  return c.quote.includes(label.sentence) && firstValue(c) === (label.value ?? label.low)
}

export interface Score {
  documents: number
  labelled: number
  proposed: number
  detected: number
  recall: number
  precision: number
  kind: number
  unit: number
  period: number
  place: number
  misses: string[]
  extras: string[]
  wrong: string[]
}

export function scoreCorpus(corpus: LabelledDocument[]): Score {
  let labelled = 0
  let proposed = 0
  let detected = 0
  let matchedCandidates = 0
  const right = { kind: 0, unit: 0, period: 0, place: 0 }
  const misses: string[] = []
  const extras: string[] = []
  const wrong: string[] = []
  for (const doc of corpus) {
    const { candidates } = readDocument(doc.text)
    labelled += doc.figures.length
    proposed += candidates.length
    for (const c of candidates)
      if (doc.figures.some((l) => matches(c, l))) matchedCandidates++
      else extras.push(`${doc.name}: ${c.valueText} (${c.quote.slice(0, 60)})`)
    for (const label of doc.figures) {
      const c = candidates.find((x) => matches(x, label))
      if (!c) {
        misses.push(`${doc.name}: ${label.sentence}`)
        continue
      }
      detected++
      const place = c.places[0]?.code ?? null
      const checks = {
        kind: c.estimate.kind === label.kind,
        unit: c.unit === label.unit,
        period: c.year === label.year,
        place: place === label.place,
      }
      for (const key of Object.keys(checks) as (keyof typeof checks)[])
        if (checks[key]) right[key]++
        else
          wrong.push(
            `${doc.name}: ${label.sentence}: ${key} ${JSON.stringify({ kind: c.estimate.kind, unit: c.unit, year: c.year, place })[0] ? `got ${key === 'kind' ? c.estimate.kind : key === 'unit' ? c.unit : key === 'period' ? c.year : place}, expected ${key === 'kind' ? label.kind : key === 'unit' ? label.unit : key === 'period' ? label.year : label.place}` : ''}`,
          )
    }
  }
  const share = (n: number) => (detected === 0 ? 0 : n / detected)
  return {
    documents: corpus.length,
    labelled,
    proposed,
    detected,
    recall: labelled === 0 ? 0 : detected / labelled,
    precision: proposed === 0 ? 0 : matchedCandidates / proposed,
    kind: share(right.kind),
    unit: share(right.unit),
    period: share(right.period),
    place: share(right.place),
    misses,
    extras,
    wrong,
  }
}
