// Checks figures against the schema, fast enough for 100,000 of them. An import's figures
// share their coverage and caveat objects (the importer reads a repeated cell once, and
// IndexedDB keeps that sharing), so each shared object is checked once and the rest of each
// figure on its own: the same rules as figureSchema, without checking one object 100,000 times.
import * as z from 'zod/mini'
import { caveatSchema, coverageSchema, figureSchema, type Figure } from '@/domain/dataset-schema'

const figureShellSchema = z.extend(figureSchema, { coverage: z.unknown(), caveats: z.unknown() })
const caveatsSchema = z.array(caveatSchema)

export interface FigureIssue {
  /** Dotted path of the field, e.g. "estimate.low". */
  path: string
  message: string
}

function issuesOf(error: z.core.$ZodError, prefix = ''): FigureIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }))
}

/** A checker that remembers the shared objects it has already found valid. */
export function createFigureChecker() {
  const valid = new WeakSet<object>()
  const checkShared = (value: unknown, schema: z.ZodMiniType, field: string): FigureIssue[] => {
    if (value && typeof value === 'object' && valid.has(value)) return []
    const result = schema.safeParse(value)
    if (!result.success) return issuesOf(result.error, field)
    if (value && typeof value === 'object') valid.add(value)
    return []
  }
  /** The figure's issues; empty when it is a valid Figure. */
  return function checkFigure(figure: unknown): FigureIssue[] {
    const shell = figureShellSchema.safeParse(figure)
    const issues = shell.success ? [] : issuesOf(shell.error)
    if (!figure || typeof figure !== 'object') return issues
    const f = figure as Partial<Figure>
    issues.push(
      ...checkShared(f.coverage, coverageSchema, 'coverage'),
      ...checkShared(f.caveats, caveatsSchema, 'caveats'),
    )
    return issues
  }
}
