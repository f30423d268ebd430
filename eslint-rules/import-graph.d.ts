// Types of import-graph.js for the tests that read it (tests/lint/boundaries.test.ts).
export function importGraph(srcDir: string): Map<string, string[]>
export function findCycles(graph: Map<string, string[]>): string[][]
