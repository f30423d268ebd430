// The prerender on a poisoned dataset: a caveat holding the patterns String.replace reads in a
// replacement string ($' the text after the match, $` the text before it, $& the match) must
// reach the page and its embedded JSON as written, and leave the template's head alone.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInDataset } from '@mocks/fixtures'

const poison = "Counted twice $' in one register $` and $& in another."

/** A built page's shape: the repository's index.html with the CSP meta the build adds. */
function template(): string {
  return readFileSync('index.html', 'utf8').replace(
    /<meta charset="UTF-8" \/>/,
    (tag) =>
      `${tag}\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`,
  )
}

function prerenderPoisoned(): { page: string; before: string } {
  const dist = mkdtempSync(join(tmpdir(), 'prerender-'))
  mkdirSync(join(dist, 'data/v1'), { recursive: true })
  const data = builtInDataset()
  data.figures[0]!.caveats[0]!.text.en = poison
  writeFileSync(join(dist, 'data/v1/dataset.json'), JSON.stringify(data))
  const before = template()
  writeFileSync(join(dist, 'index.html'), before)
  // Without VITEST, as in a build: the catalogues are then compiled for the page.
  const { VITEST: _vitest, ...env } = process.env
  execFileSync('npx', ['tsx', 'scripts/prerender.ts', dist], {
    encoding: 'utf8',
    stdio: 'pipe',
    env,
  })
  return { page: readFileSync(join(dist, 'index.html'), 'utf8'), before }
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length

describe("prerender of a dataset whose caveat holds $', $` and $&", () => {
  it('writes the caveat as written into the page and the embedded JSON, and nothing of the template twice', () => {
    const { page, before } = prerenderPoisoned()
    expect(page).toContain(poison.replaceAll('&', '&amp;').replaceAll("'", '&#x27;'))
    expect(count(page, /http-equiv="Content-Security-Policy"/g)).toBe(1)
    expect(count(page, /<script type="module"/g)).toBe(count(before, /<script type="module"/g))
    expect(count(page, /<title>/g)).toBe(1)
    expect(count(page, /<div id="root">/g)).toBe(1)

    const json =
      /<script type="application\/json" id="prerendered-state"[^>]*>([\s\S]*?)<\/script>/.exec(
        page,
      )?.[1]
    expect(json).toBeDefined()
    const state = JSON.parse(json!) as { dataset: ReturnType<typeof builtInDataset> }
    expect(state.dataset.figures[0]!.caveats[0]!.text.en).toBe(poison)
  })
}, 120_000)
