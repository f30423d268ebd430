// No file of the repository names a place on one machine (a home, a work folder): a path that
// exists only where it was written turns into a silent skip or a failure everywhere else. Files
// beside the repository are reached relative to its root (../shared/seeds/).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
// What git ignores (.gitignore), plus git's own folder and binary files.
const skippedDirs = new Set([
  '.git',
  'node_modules',
  'dist',
  'test-results',
  'playwright-report',
  'bench-results',
  '.vite',
  'coverage',
])
const textFile = /\.(ts|tsx|js|mjs|cjs|json|md|css|html|csv|txt|yml|yaml|sh)$|^run$/
const machinePath =
  /(?:^|[^\w.~/-])(\/(?:work|home|Users|root|tmp|mnt|opt|srv)\/[\w.-]+|[A-Z]:\\\\?Users)/

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skippedDirs.has(entry.name)) yield* textFiles(join(dir, entry.name))
    } else if (textFile.test(entry.name) && entry.name !== 'package-lock.json') {
      yield join(dir, entry.name)
    }
  }
}

/** "file:line: the path" for every absolute path of a machine in the text. */
export function findMachinePaths(text: string, name: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const match = machinePath.exec(line)
    return match ? [`${name}:${i + 1}: ${match[1]}`] : []
  })
}

describe('paths of one machine', () => {
  it('recognises a home or work folder, not a system program or a web address', () => {
    // Built from parts so that this file does not hold the paths it looks for.
    const [work, home] = ['/work', '/home'].map((folder) => `${folder}/`)
    expect(findMachinePaths(`const seeds = '${work}shared/seeds/a.txt'`, 'a.ts')).toEqual([
      `a.ts:1: ${work}shared`,
    ])
    expect(findMachinePaths(`see ${home}ana/data.csv`, 'b.md')).toEqual([`b.md:1: ${home}ana`])
    const windowsHome = ['C:', 'Users'].join('\\')
    expect(findMachinePaths(`${windowsHome}\\ana`, 'c.md')).toEqual([`c.md:1: ${windowsHome}`])
    expect(
      findMachinePaths("executablePath: '/usr/bin/chromium', url: 'https://x.org/work/y'", 'c.ts'),
    ).toEqual([])
  })

  it('appear in no file of the repository', () => {
    const found = [...textFiles(root)].flatMap((file) =>
      findMachinePaths(readFileSync(file, 'utf8'), relative(root, file)),
    )
    expect(found).toEqual([])
  })
})
