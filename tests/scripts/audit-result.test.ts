// What CI's dependency audit says for each answer npm audit can give. The JSON below is written
// in the shapes npm 10 prints: the registry's refusal is the one this machine's registry gives.
import { describe, expect, it } from 'vitest'
import { readAuditResult } from '@scripts/lib/audit-result'

const refused = JSON.stringify({
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
})
const report = (high: number, critical: number, moderate = 0) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities:
      high + critical > 0
        ? { 'some-lib': { name: 'some-lib', severity: critical > 0 ? 'critical' : 'high' } }
        : {},
    metadata: {
      vulnerabilities: {
        info: 0,
        low: 0,
        moderate,
        high,
        critical,
        total: high + critical + moderate,
      },
    },
  })

describe('readAuditResult', () => {
  it('says in one line that the audit could not run when the registry refuses (HTTP 405), without failing', () => {
    const outcome = readAuditResult(refused)
    expect(outcome.kind).toBe('not-run')
    expect(outcome.line).toBe(
      'dependency audit COULD NOT RUN: no advisory database answered (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk); no dependency was checked',
    )
  })

  it.each([
    ['nothing printed', ''],
    [
      'a network error',
      JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to registry failed' } }),
    ],
    ['text that is not JSON', 'npm error something'],
  ])('does not pass in silence on %s', (_, stdout) => {
    const outcome = readAuditResult(stdout)
    expect(outcome.kind).toBe('not-run')
    expect(outcome.line).toMatch(/^dependency audit COULD NOT RUN/)
  })

  it('fails on high or critical advisories, naming the packages', () => {
    expect(readAuditResult(report(2, 0))).toEqual({
      kind: 'advisories',
      line: 'dependency audit FAILED: 0 critical and 2 high advisories in production dependencies (some-lib); run npm audit --omit=dev',
    })
    expect(readAuditResult(report(0, 1)).kind).toBe('advisories')
  })

  it('passes when the audit ran and found nothing high or critical', () => {
    expect(readAuditResult(report(0, 0, 3))).toEqual({
      kind: 'clean',
      line: 'dependency audit OK: no high or critical advisory in production dependencies (3 lower ones)',
    })
  })
})
