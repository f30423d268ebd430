// Makes a synthetic import file for scale tests. The figures are invented, seeded and marked
// as synthetic in every row; the output is never committed (it goes to bench-results/).
//   npm run data:generate -- [--rows 100000] [--seed 1] [--out bench-results/figures-100000.csv] [--hxl]
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { columnHashtags, type ColumnId } from '@/domain/file-format/columns'
import enColumns from '@/locales/en/columns.json'
import { isoAlpha3ToAlpha2 } from '@/domain/iso-countries'

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same file. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const columns: ColumnId[] = [
  'indicator',
  'theme',
  'geographyCode',
  'year',
  'estimateKind',
  'value',
  'low',
  'high',
  'unit',
  'currency',
  'coverage',
  'caveats',
  'sourceDocument',
  'publisher',
  'date',
  'address',
  'originalProducer',
  'evidence',
]

const indicators: { name: string; theme: string; unit: string; currency?: string }[] = [
  { name: 'Involuntary returns registered', theme: 'returns', unit: 'returns' },
  { name: 'Migrants smuggled', theme: 'smuggling', unit: 'persons' },
  { name: 'Synthetic deportations registered', theme: 'returns', unit: 'returns' },
  { name: 'Synthetic smuggling cases investigated', theme: 'smuggling', unit: 'cases' },
  { name: 'Synthetic removal orders issued', theme: 'returns', unit: 'orders' },
  { name: 'Synthetic smugglers prosecuted', theme: 'smuggling', unit: 'persons' },
  { name: 'Synthetic assisted returns after forced return', theme: 'returns', unit: 'persons' },
  { name: 'Synthetic smuggling profits', theme: 'smuggling', unit: 'currency', currency: 'USD' },
]

const caveatPool = [
  'Coverage: Synthetic test data; not a real statistic.',
  'Coverage: Synthetic test data; not a real statistic. | Definition: Counts registered cases only.',
  'Coverage: Synthetic test data; not a real statistic. | Estimate method: Modelled figure, for load testing.',
  'Coverage: Synthetic test data; not a real statistic. | Terminology: Returns and removals are counted together.',
]

/** One synthetic import file in the documented CSV format (English headers). */
export function generateFiguresCsv({
  rows,
  seed = 1,
  hxl = false,
}: {
  rows: number
  seed?: number
  hxl?: boolean
}): string {
  const random = seededRandom(seed)
  const codes = [...isoAlpha3ToAlpha2.keys()]
  const documents = Array.from({ length: 24 }, (_, i) => ({
    title: `Synthetic statistical bulletin ${i + 1}`,
    publisher: `Synthetic national migration office ${(i % 6) + 1}`,
    date: `20${String(10 + (i % 14)).padStart(2, '0')}-0${(i % 9) + 1}-15`,
  }))
  const data: string[][] = [columns.map((c) => enColumns.export.column[c])]
  if (hxl) data.push(columns.map((c) => columnHashtags[c][0] ?? ''))
  const perYear = indicators.length * codes.length
  for (let i = 0; i < rows; i++) {
    const indicator = indicators[i % indicators.length]!
    const code = codes[Math.floor(i / indicators.length) % codes.length]!
    const year = 1950 + Math.floor(i / perYear)
    const doc = documents[Math.floor(random() * documents.length)]!
    const r = random()
    const kind = r < 0.7 ? 'point' : r < 0.85 ? 'lower bound' : 'range'
    const low = Math.floor(random() * 100_000)
    const high = low + Math.floor(random() * 50_000)
    const withEvidence = random() < 0.3
    data.push([
      indicator.name,
      indicator.theme,
      code,
      String(year),
      kind,
      kind === 'range' ? '' : String(low),
      kind === 'range' ? String(low) : '',
      kind === 'range' ? String(high) : '',
      indicator.unit,
      indicator.currency ?? '',
      random() < 0.5 ? 'Synthetic: reported by one agency.' : '',
      caveatPool[Math.floor(random() * caveatPool.length)]!,
      doc.title,
      doc.publisher,
      doc.date,
      '',
      random() < 0.2 ? 'Synthetic survey' : '',
      withEvidence
        ? `Paragraph ${1 + Math.floor(random() * 9)}: “Synthetic sentence ${i % 97}.”`
        : '',
    ])
  }
  return Papa.unparse(data, { newline: '\n' })
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = Number(argument('rows') ?? 100_000)
  const seed = Number(argument('seed') ?? 1)
  const out = resolve(argument('out') ?? `bench-results/figures-${rows}.csv`)
  const csv = generateFiguresCsv({ rows, seed, hxl: process.argv.includes('--hxl') })
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, csv)
  console.log(
    `wrote ${out}: ${rows} synthetic figures, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB (seed ${seed})`,
  )
}
