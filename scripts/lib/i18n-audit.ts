// The checks behind `npm run i18n:check`: both languages have the same message keys, each
// message is valid ICU MessageFormat with the same placeholders in both, and no interface text
// is written in a component instead of the message catalogues.
import ts from 'typescript'
import { compileText } from './compile-messages'

type Messages = { [key: string]: string | Messages }

type Tree = Record<string, unknown>
const isGroup = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Adds `source` into `target`; a feature may spread its messages over files, but a message defined twice is a bug. */
function mergeInto(target: Tree, source: Tree, file: string, path = ''): void {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key
    const existing = target[key]
    if (existing === undefined) target[key] = isGroup(value) ? structuredClone(value) : value
    else if (isGroup(existing) && isGroup(value)) mergeInto(existing, value, file, at)
    else throw new Error(`Message key "${at}" is defined twice (again in ${file})`)
  }
}

/**
 * Merges a language's feature files into one tree (the checks read it; the app loads the files
 * into Lingui per group, lib/i18n.ts). A feature's messages may span files
 * (the few its first view needs, the rest loaded with it); a message defined twice throws.
 */
export function mergeCatalogue(files: Record<string, Tree>): Tree {
  const merged: Tree = {}
  for (const [file, messages] of Object.entries(files)) mergeInto(merged, messages, file)
  return merged
}

/** Dotted paths of every message in a catalogue ("app.title", "nav.overview", …). */
export function messageKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`),
  )
}

/** Keys present in one language and missing in the other. */
export function compareCatalogues(
  en: Messages,
  es: Messages,
): { missingInEs: string[]; missingInEn: string[] } {
  const a = new Set(messageKeys(en))
  const b = new Set(messageKeys(es))
  return {
    missingInEs: [...a].filter((k) => !b.has(k)),
    missingInEn: [...b].filter((k) => !a.has(k)),
  }
}

/** The argument names a message uses ({name}, {count, plural, …}), read from Lingui's compiled form. */
export function placeholders(message: string): string[] {
  const names = new Set<string>()
  const visit = (tokens: unknown) => {
    if (!Array.isArray(tokens)) return
    for (const token of tokens) {
      if (!Array.isArray(token)) continue
      const [name, , format] = token as [string, string?, unknown?]
      names.add(name)
      if (typeof format === 'object' && format !== null)
        for (const branch of Object.values(format)) visit(branch)
    }
  }
  visit(compileText(message))
  return [...names].sort()
}

function messageAt(messages: Messages, key: string): string | undefined {
  const value = key
    .split('.')
    .reduce<Messages | string | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      messages,
    )
  return typeof value === 'string' ? value : undefined
}

/** Messages that do not compile, and messages whose two languages use different placeholders. */
export function compareMessages(en: Messages, es: Messages): string[] {
  const problems: string[] = []
  const read = (lang: string, key: string, message: string) => {
    try {
      return placeholders(message)
    } catch (error) {
      problems.push(`${lang} "${key}" is not valid ICU MessageFormat: ${(error as Error).message}`)
      return null
    }
  }
  for (const key of messageKeys(en)) {
    const a = read('en', key, messageAt(en, key)!)
    const other = messageAt(es, key)
    if (other === undefined) continue
    const b = read('es', key, other)
    if (a && b && a.join() !== b.join())
      problems.push(
        `"${key}" uses {${a.join('}, {')}} in English but {${b.join('}, {')}} in Spanish`,
      )
  }
  for (const key of messageKeys(es))
    if (messageAt(en, key) === undefined) read('es', key, messageAt(es, key)!)
  return problems
}

export interface HardCodedText {
  file: string
  line: number
  text: string
}

/** Attributes whose value a person reads or hears. */
const spokenAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'label',
])
const hasWords = (text: string) => /\p{L}{2,}/u.test(text)

/**
 * Interface text written in JSX rather than taken from the catalogues: JSX text with letters and
 * string literals in spoken attributes. `{' '}` and punctuation are fine.
 */
export function findHardCodedText(file: string, source: string): HardCodedText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: HardCodedText[] = []
  const report = (node: ts.Node, text: string) =>
    found.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: text.trim(),
    })
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text)
    if (
      ts.isJsxAttribute(node) &&
      spokenAttributes.has(node.name.getText(sf)) &&
      node.initializer
    ) {
      const init = node.initializer
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : undefined
      if (literal && hasWords(literal.text)) report(node, literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

/** Message keys used literally (t('a.b')) that the catalogue does not define. */
export function findUnknownKeys(file: string, source: string, known: Set<string>): HardCodedText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: HardCodedText[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(sf) === 't' &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const key = node.arguments[0].text
      if (!known.has(key))
        found.push({
          file,
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          text: key,
        })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}
