// Accessibility check with axe-core against WCAG 2.0/2.1 A and AA; any violation fails the test
// with a readable list of rule, impact, elements and what to fix.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const readable = violations.map((v) => ({
    rule: `${v.id} (${v.impact}): ${v.help}`,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }))
  expect(readable, `axe violations in state "${state}"`).toEqual([])
}
