// The declared boundaries between features (featureEdges in eslint.config.js): ESLint fails on an
// import between features that the list does not allow and passes the ones it does; the list
// itself has no cycle, and no file of src/ is on an import cycle.
import { ESLint } from 'eslint'
// The lint configuration and its rules live at the root, outside every alias.
// eslint-disable-next-line no-restricted-imports
import { featureEdges } from '../../eslint.config.js'
// eslint-disable-next-line no-restricted-imports
import { findCycles, importGraph } from '../../eslint-rules/import-graph.js'

// Tests run from the repository's root (package.json's scripts).
const root = process.cwd()
const eslint = new ESLint({ cwd: root })

async function lint(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('feature boundaries', () => {
  it('fails on an import between features that the list does not allow', async () => {
    const messages = await lint(
      "import { ImportPanel } from '@/features/import/components/import-panel'\nexport const x = ImportPanel\n",
      'src/features/charts/model/example.ts',
    )
    expect(messages).toEqual([
      expect.stringMatching(
        /^no-restricted-imports: .*features\/charts may import only charts among the features/,
      ),
    ])
  })

  it('fails on a lazy import() across a forbidden edge, and on a feature importing the app', async () => {
    expect(
      await lint(
        "export const load = () => import('@/features/export/lib/run-export')\n",
        'src/features/filters/model/example.ts',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-syntax: features\/filters may import only/)])
    expect(
      await lint(
        "import { pages } from '@/app/routes'\nexport const x = pages\n",
        'src/features/indicator/model/example.ts',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: /)])
  })

  it('passes an allowed edge, a feature’s own files and shared code', async () => {
    const code = [
      "import { buildChartModels } from '@/features/charts/model/chart-model'",
      "import { FigureCard } from '@/features/figures/components/figure-card'",
      "import { pickHeadline } from '@/features/indicator/model/headline'",
      "import { foldText } from '@/domain/fold-text'",
      "import { loadOnce } from '@/lib/load-once'",
      'export const all = [buildChartModels, FigureCard, pickHeadline, foldText, loadOnce]',
      '',
    ].join('\n')
    expect(await lint(code, 'src/features/indicator/model/example.ts')).toEqual([])
  })

  it('keeps a feature folder missing from the list from importing any other feature', async () => {
    expect(
      await lint(
        "import { foldText } from '@/domain/fold-text'\nimport { ChartLegend } from '@/features/charts/components/chart-legend'\nexport const x = [foldText, ChartLegend]\n",
        'src/features/new-feature/model/example.ts',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*A new feature folder/)])
  })

  it('lists every feature folder, and edges only to listed features', async () => {
    const { readdirSync } = await import('node:fs')
    const folders = readdirSync(`${root}/src/features`).sort()
    expect(Object.keys(featureEdges).sort()).toEqual(folders)
    for (const targets of Object.values(featureEdges))
      for (const target of targets) expect(folders).toContain(target)
  })

  it('declares no cycle between features', () => {
    const graph = new Map(Object.entries(featureEdges).map(([f, to]) => [f, [...to]]))
    expect(findCycles(graph)).toEqual([])
  })
})

describe('import cycles', () => {
  it('finds a cycle of files, and a file importing itself', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', ['a']],
    ])
    expect(findCycles(graph).map((c) => [...c].sort())).toEqual([['a', 'b', 'c'], ['d']])
  })

  it('finds none in src/', () => {
    expect(findCycles(importGraph(`${root}/src`))).toEqual([])
  })
})
