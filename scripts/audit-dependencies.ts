// CI's dependency audit: npm audit of the production dependencies (npm run audit:deps).
// Fails on high or critical advisories; says in one line when no advisory database answered.
import { spawnSync } from 'node:child_process'
import { readAuditResult } from './lib/audit-result'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
})
const outcome = readAuditResult(run.stdout ?? '')
if (outcome.kind === 'advisories') {
  console.error(outcome.line)
  process.exit(1)
}
console.log(outcome.line)
