// bench:extract — how well the document reader finds figures, and how fast it reads a long PDF.
// Prints recall and precision of figure detection on the labelled corpus (tests/fixtures/documents)
// and the seed releases (../shared/seeds, read in place), the accuracy of estimate kind, unit,
// period and place on detected figures, and the time to read and propose a 40-page PDF report
// written here (scripts/lib/write-pdf.ts: no network, no stored binary).
import { performance } from 'node:perf_hooks'
import { readCorpus, readSeedCorpus, scoreCorpus, type Score } from '@scripts/lib/extraction-corpus'
import { layoutPages, writePdf } from '@scripts/lib/write-pdf'
import { pdfToText } from '@/features/documents/model/pdf-text'
import { readDocument } from '@/features/documents/model/read-document'

const TARGETS = { recall: 0.9, precision: 0.85, kind: 0.95, pdfSeconds: 5 }
const PDF_PAGES = 40

function print(name: string, s: Score) {
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`
  console.log(
    `\n${name}: ${s.documents} documents, ${s.labelled} labelled figures, ${s.proposed} proposed`,
  )
  console.log(`  recall ${pct(s.recall)}  precision ${pct(s.precision)}`)
  console.log(
    `  on ${s.detected} detected: kind ${pct(s.kind)}  unit ${pct(s.unit)}  period ${pct(s.period)}  place ${pct(s.place)}`,
  )
  for (const m of s.misses) console.log(`  missed: ${m}`)
  for (const e of s.extras) console.log(`  not a labelled figure: ${e}`)
  for (const w of s.wrong) console.log(`  wrong: ${w}`)
}

async function timePdf(): Promise<{ seconds: number; pages: number; candidates: number }> {
  // A report made of the corpus's paragraphs, repeated until it fills 40 pages.
  const paragraphs = readCorpus().flatMap((d) => d.text.split(/\n\s*\n/).map((p) => p.trim()))
  const pages = layoutPages(Array.from({ length: 12 }, () => paragraphs).flat()).slice(0, PDF_PAGES)
  const bytes = writePdf(pages)
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const started = performance.now()
  const pdf = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/',
  }).promise
  const text = await pdfToText(pdf)
  const read = performance.now()
  const reading = readDocument(text)
  const seconds = (performance.now() - started) / 1000
  console.log(
    `\nPDF text: ${((read - started) / 1000).toFixed(2)} s; proposing: ${((performance.now() - read) / 1000).toFixed(2)} s`,
  )
  await pdf.destroy()
  return { seconds, pages: pdf.numPages, candidates: reading.candidates.length }
}

const corpus = scoreCorpus(readCorpus())
const seeds = scoreCorpus(readSeedCorpus())
const all = scoreCorpus([...readCorpus(), ...readSeedCorpus()])
print('Corpus (tests/fixtures/documents)', corpus)
print('Seed releases (../shared/seeds)', seeds)
print('All', all)
print(
  'Held-out (tests/fixtures/documents/held-out: written after tuning, no target)',
  scoreCorpus(readCorpus(true)),
)
const pdf = await timePdf()
console.log(
  `\n${pdf.pages}-page PDF read and proposed in ${pdf.seconds.toFixed(2)} s (${pdf.candidates} candidates; budget ${TARGETS.pdfSeconds} s)`,
)
const failures = [
  all.recall < TARGETS.recall && `recall below ${TARGETS.recall}`,
  all.precision < TARGETS.precision && `precision below ${TARGETS.precision}`,
  all.kind < TARGETS.kind && `estimate kind below ${TARGETS.kind}`,
  pdf.seconds > TARGETS.pdfSeconds && `PDF over ${TARGETS.pdfSeconds} s`,
].filter(Boolean)
if (failures.length > 0) {
  console.error(`\nBelow target: ${failures.join('; ')}`)
  process.exitCode = 1
} else console.log('\nAll targets met.')
