// The sources view against msw (built-in dataset): each document's particulars, and each figure
// with its value, caveats and the sentence stating it, inside one <figure>.
import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { builtInDataset } from '@mocks/fixtures'
import { renderApp } from '../render-app'

// The view's code is loaded lazily; on a busy machine the first render can take a few seconds.
const slow = { timeout: 10_000 }

/** The part of a document's article under one of its headings. */
function part(article: HTMLElement, heading: string): HTMLElement {
  return within(article).getByRole('heading', { name: heading }).closest('section')!
}
const dataset = builtInDataset()

async function documentArticle(title: string) {
  return screen.findByRole('article', { name: title }, slow)
}

function metadata(article: HTMLElement): Record<string, string> {
  const entries = within(article)
    .getAllByRole('term')
    .map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? ''])
  return Object.fromEntries(entries)
}

describe('the sources view', () => {
  it('lists every document with its metadata, "date not stated" for the first', async () => {
    renderApp('?view=sources')
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Sources' }, slow),
    ).toBeInTheDocument()
    expect(metadata(await documentArticle(dataset.documents[0]!.title.en))).toEqual({
      Kind: 'Press release',
      Publisher: 'International Organization for Migration (IOM)',
      Place: 'San José',
      Date: 'date not stated',
      Address: 'address not given',
      Language: 'English',
      'Copy read': '000_6326d2f131bc91fe.txt (first document)',
    })
    expect(metadata(await documentArticle(dataset.documents[1]!.title.en))).toEqual({
      Kind: 'Press release',
      Publisher: 'International Organization for Migration (IOM)',
      Place: 'Georgetown',
      Date: 'August 27, 2020',
      Address: 'address not given',
      Language: 'English',
      'Copy read': '000_6326d2f131bc91fe.txt (second document)',
    })
  })

  it('gives each document a "how to cite" line', async () => {
    renderApp('?view=sources')
    const second = await documentArticle(dataset.documents[1]!.title.en)
    const cite = part(second, 'How to cite')
    expect(cite).toHaveTextContent(
      `International Organization for Migration (IOM). “${dataset.documents[1]!.title.en}”. Press release, Georgetown, August 27, 2020. No address given.`,
    )
  })

  it.each([
    ['Migrants smuggled', 0, 'at least 2.5 million people'],
    ['Profits from migrant smuggling', 1, 'US$5.5–7 billion'],
    ['Involuntary returns registered', 2, '4,323 returns'],
  ])(
    'shows %s with its value, every caveat, its source and its evidence in one figure',
    async (name, i, value) => {
      renderApp('?view=sources')
      const figure = dataset.figures[i]!
      const doc = await documentArticle(
        dataset.documents.find((d) => d.id === figure.source.documentId)!.title.en,
      )
      const card = within(doc).getByRole('figure', { name })
      expect(within(card).getByText(value)).toBeInTheDocument()
      for (const caveat of figure.caveats)
        expect(within(card).getByText(caveat.text.en)).toBeInTheDocument()
      expect(within(card).getByText(/^Source:/)).toBeInTheDocument()
      const quote = card.querySelector('blockquote')
      expect(quote).toHaveTextContent(figure.evidence!.quote)
      expect(quote).toHaveAttribute('lang', 'en')
      expect(within(card).getByText(`Paragraph ${figure.evidence!.paragraph}`).tagName).toBe('CITE')
    },
  )

  it('names the organisations and the people of each document, with roles', async () => {
    renderApp('?view=sources')
    const first = await documentArticle(dataset.documents[0]!.title.en)
    const people = part(first, 'People named')
    expect(people).toHaveTextContent(
      'Melissa Flynn, Director of Programs and Operations, UNODC Regional Office for Central America and the Caribbean',
    )
    expect(people).toHaveTextContent(
      'States: Migrants smuggled (2016); Profits from migrant smuggling (2016)',
    )
    const organisations = part(first, 'Organisations named')
    expect(
      within(organisations)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('INTERPOL')
  })

  it('reads in Spanish with lang=es, quoting the evidence in the document’s language', async () => {
    renderApp('?view=sources&lang=es')
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Fuentes' }, slow),
    ).toBeInTheDocument()
    const first = await documentArticle(dataset.documents[0]!.title.es)
    expect(metadata(first)).toMatchObject({
      Fecha: 'fecha no indicada',
      Dirección: 'dirección no indicada',
      Tipo: 'Comunicado de prensa',
    })
    expect(metadata(first)['Título publicado']).toBe(dataset.documents[0]!.title.en)
    const card = within(first).getByRole('figure', { name: 'Migrantes objeto de tráfico ilícito' })
    expect(within(card).getByText('al menos 2,5 millones de personas')).toBeInTheDocument()
    expect(within(card).getByText('Párrafo 3')).toBeInTheDocument()
    expect(card.querySelector('blockquote')).toHaveAttribute('lang', 'en')
  })
})
