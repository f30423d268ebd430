// The data package: its CSV and datapackage.json agree (a valid Frictionless tabular package),
// the README speaks the chosen language and holds every caveat.
import { describe, expect, it } from 'vitest'
import { buildDataPackage } from '@/features/export/model/data-package'
import type { Language } from '@/domain/translate'
import { LINK, NOW, describeBuiltIn } from '../export-fixtures'
import { checkTabularPackage } from '@tests/helpers/report-formats'

function packageOf(lang: Language, scope: 'view' | 'full') {
  const { descriptions, t } = describeBuiltIn(lang)
  const files = buildDataPackage({
    descriptions,
    scope,
    title: 'Migration statistics',
    subtitle: 'World, Caribbean · 2016–2018',
    link: LINK,
    now: NOW,
    lang,
    t,
    datasetVersion: '1.0.0',
  })
  return {
    files,
    descriptions,
    pkg: JSON.parse(files['datapackage.json']!) as Record<string, unknown>,
  }
}

describe('buildDataPackage', () => {
  it.each([
    ['en', 'view'],
    ['es', 'view'],
    ['en', 'full'],
  ] as const)('%s, %s: a valid tabular data package', (lang, scope) => {
    const { files, pkg } = packageOf(lang, scope)
    expect(Object.keys(files).sort()).toEqual(['README.md', 'datapackage.json', 'figures.csv'])
    expect(checkTabularPackage(pkg, files)).toEqual([])
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', version: '1.0.0', homepage: LINK })
  })

  it('types the numbers and periods, describes every column, names the sources and the licence', () => {
    const { pkg } = packageOf('en', 'view')
    const [resource] = pkg.resources as {
      schema: { fields: { name: string; type: string; description: string }[] }
    }[]
    const types = Object.fromEntries(resource!.schema.fields.map((f) => [f.name, f.type]))
    expect(types).toMatchObject({
      year: 'integer',
      low: 'number',
      high: 'number',
      'value (as displayed)': 'string',
    })
    expect(resource!.schema.fields.every((f) => f.description.length > 0)).toBe(true)
    expect((pkg.sources as { title: string }[]).map((s) => s.title)).toEqual([
      expect.stringMatching(
        /^International Organization for Migration \(IOM\), “Governments and Civil/,
      ),
      expect.stringMatching(
        /^International Organization for Migration \(IOM\), “IOM emphasizes.*\(2020-08-27\)$/,
      ),
    ])
    expect(pkg.licenses).toEqual([
      { path: 'README.md', title: expect.stringContaining('state no licence') },
    ])
  })

  it.each(['en', 'es'] as const)('the README (%s) holds every caveat and the citation', (lang) => {
    const { files, descriptions } = packageOf(lang, 'view')
    const readme = files['README.md']!
    for (const d of descriptions) for (const c of d.caveats) expect(readme).toContain(c.text)
    expect(readme).toContain(lang === 'es' ? '## Licencia' : '## Licence')
    expect(readme).toContain(LINK)
  })
})
