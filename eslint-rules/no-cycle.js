// ESLint rule: a file of src/ must not be part of an import cycle (import-graph.js). The graph
// of src/ is built once per lint run (rebuilt after a few seconds, for editors that keep ESLint
// running), and each file on a cycle is reported with the cycle's files.
import { relative } from 'node:path'
import { findCycles, importGraph } from './import-graph.js'

let cached = { at: 0, srcDir: '', cycleOf: new Map() }

function cyclesBySrc(srcDir) {
  if (cached.srcDir !== srcDir || Date.now() - cached.at > 5000) {
    const cycleOf = new Map()
    for (const cycle of findCycles(importGraph(srcDir)))
      for (const file of cycle) cycleOf.set(file, cycle)
    cached = { at: Date.now(), srcDir, cycleOf }
  }
  return cached.cycleOf
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the files of src/' },
    schema: [{ type: 'object', properties: { srcDir: { type: 'string' } }, required: ['srcDir'] }],
    messages: { cycle: 'This file is part of an import cycle: {{files}}.' },
  },
  create(context) {
    const { srcDir } = context.options[0]
    const cycle = cyclesBySrc(srcDir).get(context.filename)
    if (!cycle) return {}
    return {
      Program(node) {
        context.report({
          node,
          messageId: 'cycle',
          data: { files: cycle.map((file) => relative(srcDir, file)).join(', ') },
        })
      },
    }
  },
}
