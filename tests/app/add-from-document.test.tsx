// "Add from a document" against msw and an in-memory store: paste or choose a document, see its
// numbered paragraphs and proposed figures, accept / edit / reject each, and the accepted ones go
// through the import's own check, with the document's fingerprint in the imported file's name.
import { readFileSync } from 'node:fs'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setImportEngine } from '@/features/import/api/import-engine'
import { memoryStorage } from '@/features/import/api/import-storage'
import { createLocalEngine } from '@/features/import/api/local-engine'
import { readSeedDocuments } from '@tests/features/documents/seed-documents'
import { renderApp } from '../render-app'

const darien = readFileSync('tests/fixtures/documents/en-07-panama-darien.txt', 'utf8')
const worldStudy = readFileSync('tests/fixtures/documents/en-06-world-smuggling.txt', 'utf8')
let storage: ReturnType<typeof memoryStorage>

beforeEach(() => {
  storage = memoryStorage()
  setImportEngine(createLocalEngine(storage, () => new Date('2026-03-01T10:00:00Z')))
})
afterAll(() => setImportEngine(null))

async function paste(text: string) {
  renderApp('?view=import')
  const box = await screen.findByLabelText("Paste the document's text", {}, { timeout: 5000 })
  // Typing a whole release key by key is slow; pasting is what a person does.
  await userEvent.click(box)
  await userEvent.paste(text)
  await userEvent.click(screen.getByRole('button', { name: 'Read the pasted text' }))
  return screen.findByRole('heading', { name: /^Proposed figures/ }, { timeout: 5000 })
}

const card = (value: string) => screen.getByRole('listitem', { name: new RegExp(`^${value}`) })

describe('Add from a document', () => {
  it('reads the returnees release: metadata, numbered paragraphs, the 4,323 returns with its evidence', async () => {
    await paste(readSeedDocuments()[1]!)
    expect(screen.getByRole('heading', { name: 'Proposed figures (1)' })).toBeInTheDocument()
    expect(screen.getByLabelText('Place')).toHaveValue('Georgetown')
    expect(screen.getByLabelText('Date as written')).toHaveValue('27 / 08 / 2020')
    expect(screen.getByLabelText('Publisher')).toHaveValue(
      'International Organization for Migration (IOM)',
    )
    expect(
      screen.getByText(/^Fingerprint of the text \(SHA-256\): [0-9a-f]{64}$/),
    ).toBeInTheDocument()
    const figure = card('4,323')
    expect(figure).toHaveTextContent('Paragraph 5: “He further noted that 4,323 involuntary return')
    expect(figure).toHaveTextContent('CARICOM')
    expect(figure).toHaveTextContent('2018')
    expect(figure).toHaveTextContent('Michael Jones')
    expect(figure).toHaveTextContent('data was collected from only seven Caribbean countries')
    expect(figure).toHaveTextContent('The document says “the region” without defining it.')
    // The evidence is highlighted in paragraph 5 of the text.
    const paragraph = screen.getByRole('listitem', { name: 'Paragraph 5' })
    expect(within(paragraph).getByText('4,323').tagName).toBe('MARK')
  })

  it('adds nothing until a figure is accepted; accepted, edited and rejected figures go to the import check', async () => {
    await paste(worldStudy)
    expect(screen.getByRole('button', { name: /Check and add/ })).toBeDisabled()
    // The release names no publisher the reader knows: the person gives it.
    expect(screen.getByLabelText('Publisher')).toHaveValue('')
    await userEvent.type(screen.getByLabelText('Publisher'), 'UNODC')
    await userEvent.click(
      within(card('at least 3 million')).getByRole('button', { name: 'Accept' }),
    )
    await userEvent.click(within(card('4,500')).getByRole('button', { name: 'Reject' }))
    const profits = card('up to US\\$9 billion')
    await userEvent.click(within(profits).getByRole('button', { name: 'Edit' }))
    const value = within(profits).getByLabelText('Value')
    await userEvent.clear(value)
    await userEvent.type(value, '8000000000')
    await userEvent.click(within(profits).getByRole('button', { name: 'Accept as edited' }))
    expect(screen.getByText('2 accepted, 1 rejected, 0 to decide.')).toBeInTheDocument()
    expect(card('up to US\\$8 billion')).toHaveTextContent('Accepted')
    expect(storage.entries.size).toBe(0)

    await userEvent.click(
      screen.getByRole('button', { name: 'Check and add the 2 accepted figures' }),
    )
    expect(
      await screen.findByText('2 figures were sent to the check below: confirm the import there.'),
    ).toBeInTheDocument()
    expect(
      await screen.findByText(
        '2 rows read: 2 valid figures, 0 rows with problems.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument()
    const fileName = /global-smuggling-study-warns-of-rising-profits\.sha256-[0-9a-f]{64}\.csv/
    expect(
      screen.getByRole('heading', { name: new RegExp(`^Check of “${fileName.source}”$`) }),
    ).toBeInTheDocument()
    expect(storage.entries.size).toBe(0)
    await userEvent.click(screen.getByRole('button', { name: 'Import 2 figures' }))
    expect(
      await screen.findByText(/Imported 2 figures from “global-smuggling-study/),
    ).toBeInTheDocument()
    const table = await screen.findByRole('table', {
      name: 'Imported figures, with their caveats and sources',
    })
    expect(table).toHaveTextContent('at least 3 million')
    expect(table).toHaveTextContent('up to US$8 billion')
    expect(table).toHaveTextContent('UNODC')
    expect(table).not.toHaveTextContent('4,500')
  })

  it('says when money is in a currency the dashboard cannot show, naming it', async () => {
    await paste(readFileSync('tests/fixtures/documents/es-11-chile.txt', 'utf8'))
    const money = card('CLP 3.2 billion')
    expect(money).toHaveTextContent('“Pesos” without a country: read as CLP')
    expect(within(money).getByText('Unit').nextElementSibling).toHaveTextContent(/^CLP$/)
    expect(money).toHaveTextContent(
      'Money in CLP: the dashboard shows only US dollars, so the import refuses this figure',
    )
  })

  it('refuses an evidence quote that is not word for word in the document', async () => {
    await paste(darien)
    const first = card('at least 133,000')
    await userEvent.click(within(first).getByRole('button', { name: 'Edit' }))
    const quote = within(first).getByLabelText('Evidence: the sentence, word for word')
    await userEvent.clear(quote)
    await userEvent.type(quote, 'More than 133,000 migrants crossed the jungle.')
    await userEvent.click(within(first).getByRole('button', { name: 'Accept as edited' }))
    await userEvent.click(screen.getByRole('button', { name: 'Check and add the accepted figure' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'These evidence quotes are not word for word in the cited paragraph: “More than 133,000 migrants crossed the jungle.”',
    )
    expect(screen.queryByText(/rows read/)).not.toBeInTheDocument()
  })

  it('reads a chosen HTML file and refuses a kind of file it cannot read', async () => {
    renderApp('?view=import')
    const input = await screen.findByLabelText('Choose a file', {}, { timeout: 5000 })
    // The chooser lists only the kinds it reads; a dropped or forced file of another kind is refused by name.
    await userEvent
      .setup({ applyAccept: false })
      .upload(input, new File(['a,b\n1,2'], 'table.xlsx', { type: 'application/vnd.ms-excel' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“table.xlsx” is not a kind of file the reader takes',
    )
    const html = `<html><head><title>Returns</title><script>var n = 9000</script></head><body>
      <h1>Nicaragua returns</h1><p>Managua - Nicaragua recibi&oacute; 7.830 retornos en 2021, frente a 4.150 en 2020.</p></body></html>`
    await userEvent.upload(input, new File([html], 'release.html', { type: 'text/html' }))
    expect(await screen.findByRole('heading', { name: 'Proposed figures (2)' })).toBeInTheDocument()
    expect(card('7,830')).toHaveTextContent('NIC')
    expect(screen.getByLabelText('Title')).toHaveValue('Nicaragua returns')
  })
})
