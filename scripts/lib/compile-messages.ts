// Compiles the message catalogues (src/locales/<lang>/*.json, ICU MessageFormat) with Lingui's
// own compiler, so the page ships Lingui's small runtime and no message parser. vite.config.ts
// applies it to every catalogue file the app, the tests and the prerender import. Scripts run
// with tsx read the catalogues as written, and Lingui compiles them as it reads them.
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage'

type Tree = { [key: string]: unknown }

/** A message as Lingui's runtime reads it: always the compiled form, never a bare string (which Lingui takes for an uncompiled message). */
export function compileText(message: string): unknown {
  const compiled = compileMessageOrThrow(message)
  return typeof compiled === 'string' ? [compiled] : compiled
}

/** The same nested tree with every message compiled; throws with the key on a malformed message. */
export function compileTree(tree: Tree, file: string, path = ''): Tree {
  const out: Tree = {}
  for (const [key, value] of Object.entries(tree)) {
    const at = path ? `${path}.${key}` : key
    if (typeof value === 'string') {
      try {
        out[key] = compileText(value)
      } catch (error) {
        throw new Error(
          `${file}: message "${at}" is not valid ICU MessageFormat: ${(error as Error).message}`,
          { cause: error },
        )
      }
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      out[key] = compileTree(value as Tree, file, at)
    else throw new Error(`${file}: "${at}" is neither a message nor a group of messages`)
  }
  return out
}
