// The seed press releases, read from ../shared/seeds/ (never copied into the repository). The
// seed file holds both releases one after the other; each starts with its title, then "Date Publish:".
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const SEEDS_DIR = process.env.SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds')

export function readSeedDocuments(): string[] {
  const file = readdirSync(SEEDS_DIR).find((f) => f.endsWith('.txt'))
  if (!file) throw new Error(`No seed text in ${SEEDS_DIR}`)
  const text = readFileSync(join(SEEDS_DIR, file), 'utf8').replace(/\r\n?/g, '\n')
  const blocks = text.split(/\n\s*\n/)
  const starts = blocks.flatMap((b, i) => (/^Date Publish:/.test(b.trim()) ? [i - 1] : []))
  return starts.map((start, i) => blocks.slice(start, starts[i + 1]).join('\n\n'))
}
