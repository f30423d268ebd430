// Validates a dataset file offline: npm run data:check [path]  (default: the built-in dataset).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkDataset } from '@/domain/check-dataset'
import { formatRecordIssue } from '@/domain/record-issue'
import { loadAllMessages, translatorFor } from '@/lib/i18n'

const path = resolve(process.argv[2] ?? 'public/data/v1/dataset.json')
await loadAllMessages()
const t = translatorFor('en')

function fail(message: string): never {
  console.error(`data:check FAILED for ${path}\n${message}`)
  process.exit(1)
}

let payload: unknown
try {
  payload = JSON.parse(readFileSync(path, 'utf8'))
} catch (error) {
  fail(`cannot read it as JSON: ${(error as Error).message}`)
}
const issues = checkDataset(payload)
if (issues.length > 0) fail(issues.map((issue) => `- ${formatRecordIssue(issue, t)}`).join('\n'))
const counts = payload as Record<string, unknown[]>
console.log(
  `data:check OK ${path}: ${counts.figures?.length} figures, ${counts.indicators?.length} indicators, ${counts.documents?.length} documents, ${counts.geographies?.length} geographies`,
)
