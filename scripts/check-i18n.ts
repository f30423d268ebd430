// npm run i18n:check — fails when a message key exists in one language and not the other, when a
// message is not valid ICU MessageFormat or uses other placeholders than its translation, when a
// component writes interface text outside the catalogues, or when code asks for an unknown key.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  compareCatalogues,
  compareMessages,
  findHardCodedText,
  findUnknownKeys,
  mergeCatalogue,
  messageKeys,
} from './lib/i18n-audit'
import { catalogues } from '@/locales/catalogues'

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

const problems: string[] = []
const en = mergeCatalogue(catalogues.en) as Parameters<typeof compareCatalogues>[0]
const es = mergeCatalogue(catalogues.es) as Parameters<typeof compareCatalogues>[0]
const { missingInEs, missingInEn } = compareCatalogues(en, es)
for (const key of missingInEs) problems.push(`key "${key}" is in English but not in Spanish`)
for (const key of missingInEn) problems.push(`key "${key}" is in Spanish but not in English`)
problems.push(...compareMessages(en, es))

const known = new Set(messageKeys(en))
const sources = walk('src').filter((f) => /\.(ts|tsx)$/.test(f))
for (const file of sources) {
  const text = readFileSync(file, 'utf8')
  if (file.endsWith('.tsx')) {
    for (const hit of findHardCodedText(file, text))
      problems.push(`${hit.file}:${hit.line} interface text outside the catalogues: "${hit.text}"`)
  }
  for (const hit of findUnknownKeys(file, text, known))
    problems.push(`${hit.file}:${hit.line} unknown message key "${hit.text}"`)
}

if (problems.length > 0) {
  console.error(
    `i18n:check FAILED (${problems.length})\n${problems.map((p) => `- ${p}`).join('\n')}`,
  )
  process.exit(1)
}
console.log(
  `i18n:check OK: ${known.size} keys in English and Spanish, ${sources.length} source files free of hard-coded interface text`,
)
