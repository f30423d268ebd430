// The graph of static imports between the files of src/ (the @/ alias and relative paths), for
// the no-cycle rule. Dynamic import() splits code at run time and is left out: a lazily loaded
// module that imports its loader back is no cycle at load time.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/gm
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx']

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

function resolveImport(from, specifier, srcDir) {
  const base = specifier.startsWith('@/')
    ? join(srcDir, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null
  if (!base) return null
  if (/\.tsx?$/.test(base) && existsSync(base)) return base
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext
  return null
}

/** Each file of `srcDir` and the files it imports statically (type-only imports included). */
export function importGraph(srcDir) {
  const graph = new Map()
  for (const file of filesUnder(srcDir)) {
    const text = readFileSync(file, 'utf8')
    const targets = new Set()
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const target = resolveImport(file, match[1], srcDir)
      if (target) targets.add(target)
    }
    graph.set(file, [...targets])
  }
  return graph
}

/** The cycles of the graph, each once, as lists of files (Tarjan's strongly connected components). */
export function findCycles(graph) {
  let counter = 0
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const cycles = []
  const visit = (node) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node), low.get(next)))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)))
    }
    if (low.get(node) !== index.get(node)) return
    const component = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component)
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}
