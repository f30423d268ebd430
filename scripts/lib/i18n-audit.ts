// The checks behind `npm run i18n:check`: both languages have the same message keys, and no
// interface text is written in a component instead of the message catalogues.
import ts from 'typescript'

type Messages = { [key: string]: string | Messages }

/** Dotted paths of every message in a catalogue ("app.title", "nav.overview", …). */
export function messageKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`),
  )
}

/** Keys present in one language and missing in the other. */
export function compareCatalogues(en: Messages, es: Messages): { missingInEs: string[]; missingInEn: string[] } {
  const a = new Set(messageKeys(en))
  const b = new Set(messageKeys(es))
  return { missingInEs: [...a].filter((k) => !b.has(k)), missingInEn: [...b].filter((k) => !a.has(k)) }
}

export interface HardCodedText {
  file: string
  line: number
  text: string
}

/** Attributes whose value a person reads or hears. */
const spokenAttributes = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder', 'label'])
const hasWords = (text: string) => /\p{L}{2,}/u.test(text)

/**
 * Interface text written in JSX rather than taken from the catalogues: JSX text with letters and
 * string literals in spoken attributes. `{' '}` and punctuation are fine.
 */
export function findHardCodedText(file: string, source: string): HardCodedText[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: HardCodedText[] = []
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim() })
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text)
    if (ts.isJsxAttribute(node) && spokenAttributes.has(node.name.getText(sf)) && node.initializer) {
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
    if (ts.isCallExpression(node) && node.expression.getText(sf) === 't' && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const key = node.arguments[0].text
      const isPrefix = [...known].some((k) => k.startsWith(`${key}_`)) // i18next plural forms
      if (!known.has(key) && !isPrefix) found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: key })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}
