import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInDataset } from '@mocks/fixtures'

function runDataCheck(file?: string): { code: number; output: string } {
  try {
    const output = execFileSync('npx', ['tsx', 'scripts/data-check.ts', ...(file ? [file] : [])], {
      encoding: 'utf8',
      stdio: 'pipe',
    })
    return { code: 0, output }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, output: `${e.stdout}${e.stderr}` }
  }
}

function writeCopy(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'data-check-')), 'dataset.json')
  writeFileSync(file, content)
  return file
}

describe('npm run data:check', () => {
  it('passes on the built-in dataset', () => {
    const { code, output } = runDataCheck()
    expect(code).toBe(0)
    expect(output).toMatch(/data:check OK .*3 figures/)
  })

  it('fails with a clear message on a broken copy', () => {
    const broken = builtInDataset() as unknown as { figures: Record<string, unknown>[] }
    broken.figures[0] = { ...broken.figures[0], caveats: [], geographyCode: 'XYZ' }
    delete broken.figures[2]!.evidence
    const { code, output } = runDataCheck(writeCopy(JSON.stringify(broken)))
    expect(code).toBe(1)
    expect(output).toContain(
      'figures #1 (migrants-smuggled-world-2016), field “geographyCode”: refers to “XYZ”, which is not in the dataset',
    )
    expect(output).toContain('field “evidence”: has no evidence')
  })

  it('fails on a document address that is not http(s), such as javascript:', () => {
    const poisoned = builtInDataset() as unknown as { documents: Record<string, unknown>[] }
    poisoned.documents[0] = { ...poisoned.documents[0], url: 'javascript:alert(document.domain)' }
    const { code, output } = runDataCheck(writeCopy(JSON.stringify(poisoned)))
    expect(code).toBe(1)
    expect(output).toContain(
      'documents #1 (iom-2020-smuggling-webinars), field “url”: must be a web address starting with http:// or https://',
    )
  })

  it('fails on free text longer than the schema allows', () => {
    const long = builtInDataset()
    long.figures[1]!.caveats[0]!.text.en = 'x'.repeat(2001)
    const { code, output } = runDataCheck(writeCopy(JSON.stringify(long)))
    expect(code).toBe(1)
    expect(output).toContain(
      'figures #2 (smuggling-profits-world-2016), field “caveats.0.text.en”: is longer than 2000 characters',
    )
  })

  it('fails on a file that is not JSON', () => {
    const { code, output } = runDataCheck(writeCopy('{ not json'))
    expect(code).toBe(1)
    expect(output).toContain('cannot read it as JSON')
  })
}, 60_000)
