// Small readers of the formats the report outputs write, for tests: BibTeX (braces balanced, one
// field per line), RIS ("XX  - value" tags from TY to ER) and a Frictionless table schema checked
// against its CSV (every field named and typed as the spec allows; every cell of its type).
import Papa from 'papaparse'

export function parseBibtex(text: string): {
  type: string
  key: string
  fields: Record<string, string>
} {
  const head = /^@(\w+)\{([^,\s{}]+),\n/.exec(text)
  if (!head) throw new Error(`no entry head in ${text.slice(0, 40)}`)
  const fields: Record<string, string> = {}
  let at = head[0].length
  while (at < text.length) {
    const rest = text.slice(at)
    if (/^\}\s*$/.test(rest)) return { type: head[1]!, key: head[2]!, fields }
    const name = /^\s*(\w+) = \{/.exec(rest)
    if (!name) throw new Error(`unexpected text at ${at}: ${rest.slice(0, 30)}`)
    let depth = 1
    let i = at + name[0].length
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '\\') i++
      else if (text[i] === '{') depth++
      else if (text[i] === '}') depth--
    }
    if (depth !== 0) throw new Error(`unbalanced braces in ${name[1]}`)
    if (name[1]! in fields) throw new Error(`field ${name[1]} twice`)
    fields[name[1]!] = text.slice(at + name[0].length, i - 1)
    at = i
    if (text[at] === ',') at++
    if (text[at] === '\n') at++
  }
  throw new Error('entry not closed')
}

export function parseRis(text: string): Record<string, string[]> {
  const lines = text.replace(/\r\n$/, '').split('\r\n')
  const tags: Record<string, string[]> = {}
  for (const line of lines) {
    const tag = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line)
    if (!tag) throw new Error(`not an RIS line: ${JSON.stringify(line)}`)
    ;(tags[tag[1]!] ??= []).push(tag[2]!)
  }
  if (!lines[0]?.startsWith('TY  - ')) throw new Error('an RIS record starts with TY')
  if (lines.at(-1) !== 'ER  - ') throw new Error('an RIS record ends with ER')
  return tags
}

interface Field {
  name: string
  type: string
  description?: string
}

const TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
])
const cast: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/,
  yearmonth: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
}

/**
 * The problems of a tabular data package and its CSV, by the Frictionless specs (data package,
 * tabular data resource, table schema): empty when valid.
 */
export function checkTabularPackage(
  pkg: Record<string, unknown>,
  files: Record<string, string>,
): string[] {
  const problems: string[] = []
  if (typeof pkg.name !== 'string' || !/^[a-z0-9._-]+$/.test(pkg.name))
    problems.push(`name "${String(pkg.name)}" is not lower case a-z 0-9 . - _`)
  const licences = pkg.licenses as { name?: string; path?: string; title?: string }[] | undefined
  if (!Array.isArray(licences) || licences.some((l) => !l.name && !l.path))
    problems.push('each licence needs a name or a path')
  const resources = pkg.resources as Record<string, unknown>[] | undefined
  if (!Array.isArray(resources) || resources.length === 0) return [...problems, 'no resources']
  for (const resource of resources) {
    const path = resource.path as string
    if (!(path in files)) {
      problems.push(`resource ${path} is not in the package`)
      continue
    }
    const schema = resource.schema as { fields: Field[]; missingValues?: string[] }
    const names = schema.fields.map((f) => f.name)
    if (new Set(names).size !== names.length) problems.push('field names repeat')
    for (const f of schema.fields) {
      if (typeof f.name !== 'string' || f.name === '') problems.push('a field has no name')
      if (!TYPES.has(f.type))
        problems.push(`field ${f.name}: type ${f.type} is not a table schema type`)
    }
    const parsed = Papa.parse<string[]>(files[path]!, { skipEmptyLines: true })
    if (parsed.errors.length > 0) problems.push(`${path}: ${parsed.errors[0]!.message}`)
    const [header = [], ...rows] = parsed.data
    if (header.join('\u0000') !== names.join('\u0000'))
      problems.push(`${path}: header ${JSON.stringify(header)} is not the schema's fields`)
    const missing = new Set(schema.missingValues ?? [''])
    rows.forEach((row, r) =>
      schema.fields.forEach((f, c) => {
        const cell = row[c] ?? ''
        if (missing.has(cell)) return
        const pattern = cast[f.type]
        if (pattern && !pattern.test(cell))
          problems.push(`${path} row ${r + 2}, ${f.name}: "${cell}" is not ${f.type}`)
      }),
    )
  }
  return problems
}
