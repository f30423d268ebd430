// Spanish everywhere: on every view, no English interface message and no English data text
// (when a Spanish one exists) is left on screen; switching the language switches every string.
import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { mergeCatalogue } from '@scripts/lib/i18n-audit'
import { catalogues } from '@/locales/catalogues'
import { builtInDataset } from '@mocks/fixtures'
import { renderApp } from '../render-app'

type Messages = { [key: string]: string | Messages }
const leaves = (m: Messages): string[] =>
  Object.values(m).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)))

const spanishText = leaves(mergeCatalogue(catalogues.es) as Messages).join('\n')
/** Fixed parts of English messages (placeholders cut out) that differ from every Spanish message. */
const englishFragments = [
  ...new Set(
    leaves(mergeCatalogue(catalogues.en) as Messages)
      .flatMap((text) => text.split(/\{\{[^}]*\}\}/))
      .map((part) => part.trim())
      .filter((part) => part.length >= 12 && /\p{L}{3}/u.test(part) && !spanishText.includes(part)),
  ),
]

const data = builtInDataset()
type Text = { en?: string; es?: string }
const bilingual = (texts: Text[]) =>
  texts.filter((t) => t.en && t.es && t.en !== t.es).map((t) => t.en!)
/** English data texts that have a Spanish version (document titles are shown as published). */
const englishDataTexts = bilingual([
  ...data.figures.flatMap((f) => [
    ...f.caveats.map((c) => c.text),
    ...(f.coverage.statement ? [f.coverage.statement] : []),
  ]),
  ...data.indicators.flatMap((i) => [i.name, i.description]),
  ...data.definitions.flatMap((d) => [d.term, d.text]),
  ...data.events.flatMap((e) => [e.name, e.participants]),
  ...data.workPlans.flatMap((w) => w.caveats.map((c) => c.text)),
  ...data.people.map((p) => p.role),
]).filter((text) => text.length >= 12)

function englishLeftOnScreen(): string[] {
  const visible = document.body.textContent ?? ''
  return [...englishFragments, ...englishDataTexts].filter((text) => visible.includes(text))
}

const views = [
  ['overview', ''],
  ['indicator', 'view=indicator&indicator=involuntary-returns&tab=table'],
  ['sources', 'view=sources'],
  ['context', 'view=context'],
  ['definitions', 'view=definitions'],
  ['import', 'view=import'],
] as const

describe('Spanish on every view', () => {
  it.each(views)('%s view shows no English interface or data text', async (_view, query) => {
    renderApp(`?${query}${query ? '&' : ''}lang=es`)
    await screen.findByRole('heading', { level: 1, name: /tráfico ilícito de migrantes/ })
    await waitFor(() => expect(screen.queryByText(/Cargando|Loading/)).not.toBeInTheDocument(), {
      timeout: 10_000,
    })
    await screen.findAllByRole('heading', { level: 2 }, { timeout: 10_000 })
    expect(englishLeftOnScreen()).toEqual([])
    expect(document.documentElement.lang).toBe('es')
  })
})

describe('switching the language', () => {
  it('changes every visible string and puts the language in the link', async () => {
    renderApp('?lang=en')
    await screen.findByRole('figure', { name: 'Migrants smuggled' }, { timeout: 10_000 })
    expect(englishLeftOnScreen().length).toBeGreaterThan(0)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es')
    await screen.findByRole(
      'figure',
      { name: 'Migrantes objeto de tráfico ilícito' },
      { timeout: 10_000 },
    )
    expect(englishLeftOnScreen()).toEqual([])
    expect(window.location.pathname).toBe('/es')
  })
})
