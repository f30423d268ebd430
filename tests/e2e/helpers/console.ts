// Every browser test fails on a console error or warning, or an uncaught exception, from any
// page of its context. A test that provokes one on purpose (e.g. a 503) allows it by pattern.
import { test as base, expect } from '@playwright/test'

export interface ConsoleWatch {
  /** Messages seen so far, as "[type] text (where)". */
  readonly problems: string[]
  /** Tolerates messages matching the pattern for the rest of this test. */
  allow(pattern: RegExp): void
}

export const test = base.extend<{ consoleWatch: ConsoleWatch }>({
  consoleWatch: [
    async ({ context }, use) => {
      const allowed: RegExp[] = []
      const problems: string[] = []
      const record = (line: string) => {
        if (!allowed.some((pattern) => pattern.test(line))) problems.push(line)
      }
      context.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return
        const { url, lineNumber } = message.location()
        record(`[${message.type()}] ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`)
      })
      context.on('weberror', (error) => record(`[uncaught] ${error.error().message}`))
      await use({ problems, allow: (pattern) => void allowed.push(pattern) })
      expect(problems, 'console errors or warnings in the browser').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
