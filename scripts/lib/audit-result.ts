// Reads what `npm audit --omit=dev --json` printed. Three outcomes, each said in one line:
// the audit ran and found no high or critical advisory; it ran and found some (CI fails); or it
// could not run (a registry without an advisory database answers 405, a network error): then
// CI says so plainly instead of passing in silence, and does not fail for the registry's refusal.

export type AuditOutcome =
  | { kind: 'clean'; line: string }
  | { kind: 'advisories'; line: string }
  | { kind: 'not-run'; line: string }

interface AuditJson {
  metadata?: {
    vulnerabilities?: Partial<
      Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number>
    >
  }
  vulnerabilities?: Record<string, { severity?: string }>
  statusCode?: number
  message?: string
  error?: { code?: string; summary?: string }
}

function parse(stdout: string): AuditJson | null {
  try {
    const value: unknown = JSON.parse(stdout)
    return value && typeof value === 'object' ? (value as AuditJson) : null
  } catch {
    return null
  }
}

export function readAuditResult(stdout: string): AuditOutcome {
  const json = parse(stdout)
  const counts = json?.metadata?.vulnerabilities
  if (!json || !counts) {
    const why =
      json?.message ||
      json?.error?.summary ||
      json?.error?.code ||
      (stdout.trim() ? 'its answer was not an audit report' : 'it printed nothing')
    return {
      kind: 'not-run',
      line: `dependency audit COULD NOT RUN: no advisory database answered (${why}); no dependency was checked`,
    }
  }
  const high = counts.high ?? 0
  const critical = counts.critical ?? 0
  if (high + critical > 0) {
    const names = Object.entries(json.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name]) => name)
    return {
      kind: 'advisories',
      line: `dependency audit FAILED: ${critical} critical and ${high} high advisories in production dependencies (${names.join(', ')}); run npm audit --omit=dev`,
    }
  }
  return {
    kind: 'clean',
    line: `dependency audit OK: no high or critical advisory in production dependencies (${counts.total ?? 0} lower ones)`,
  }
}
