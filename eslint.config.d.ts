// Types of eslint.config.js for the tests that read it (tests/lint/boundaries.test.ts).
export const featureEdges: Record<string, string[]>
declare const config: unknown[]
export default config
