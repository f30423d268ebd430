// "Add from a document" in a real browser against the production build: pasted text and each file
// kind (text, HTML, PDF printed by Chromium, DOCX written with the docx library), read in the
// document worker; accept / edit / reject; the verbatim check; and the seed releases' three figures
// through to the import's own check (where they meet the built-in figures as duplicates).
import type { Page } from '@playwright/test'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import { readFileSync } from 'node:fs'
import { test, expect } from './helpers/console'
import { openApp, waitForApp } from './helpers/app'
import { readSeedDocuments } from '../features/documents/seed-documents'

const returns = readFileSync('tests/fixtures/documents/es-10-nicaragua.txt', 'utf8')
const world = readFileSync('tests/fixtures/documents/en-06-world-smuggling.txt', 'utf8')

async function openImportView(page: Page): Promise<void> {
  await openApp(page, '?view=import')
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('migration-dashboard')
        request.onsuccess = request.onerror = request.onblocked = () => resolve()
      }),
  )
  await page.reload()
  await waitForApp(page)
}

async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel("Paste the document's text").fill(text)
  await page.getByRole('button', { name: 'Read the pasted text' }).click()
}

const card = (page: Page, value: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: value }) })

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim())

test('the seed releases: the three built-in figures are proposed, and meet the built-in ones as duplicates', async ({
  page,
}) => {
  await openImportView(page)
  const [smuggling, returnees] = readSeedDocuments()
  await paste(page, smuggling!)
  await expect(page.getByRole('heading', { name: 'Proposed figures (2)' })).toBeVisible()
  const people = card(page, 'at least 2.5 million')
  await expect(people).toContainText(
    'Paragraph 3: “However, it is believed that at least 2.5 million people',
  )
  await expect(people).toContainText('Melissa Flynn')
  await expect(people).toContainText('Global Study of our Office')
  const profits = card(page, 'US$5.5–7 billion')
  await expect(profits).toContainText('“Dollars” without a named currency: proposed as US dollars.')
  await expect(page.getByLabel('Date as written')).toHaveValue('')
  await people.getByRole('button', { name: 'Accept' }).click()
  await profits.getByRole('button', { name: 'Accept' }).click()
  await page.getByRole('button', { name: 'Check and add the 2 accepted figures' }).click()
  await expect(page.getByText('2 rows read: 2 valid figures, 0 rows with problems.')).toBeVisible()
  await expect(
    page.getByText('Row 2: Migrants smuggled, World, 2016: same as a built-in figure'),
  ).toBeVisible()
  await expect(
    page.getByText('Row 3: Profits from migrant smuggling, World, 2016: same as a built-in figure'),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Read another document' }).click()
  await paste(page, returnees!)
  const returnsCard = card(page, '4,323')
  await expect(returnsCard).toContainText('CARICOM')
  await expect(returnsCard).toContainText('Michael Jones')
  await expect(
    page.getByRole('listitem', { name: 'Paragraph 5' }).locator('mark', { hasText: '4,323' }),
  ).toBeVisible()
})

test('each kind of file is read in the worker: text, HTML, PDF and DOCX', async ({
  page,
  context,
}) => {
  await openImportView(page)
  const input = page.getByLabel('Choose a file')
  const again = page.getByRole('button', { name: 'Read another document' })

  await input.setInputFiles({
    name: 'nicaragua.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(returns),
  })
  await expect(page.getByRole('heading', { name: 'Proposed figures (4)' })).toBeVisible()
  await expect(card(page, 'up to 3,000')).toContainText('NIC')
  await again.click()

  const html = `<!doctype html><html lang="es"><head><title>Retornos</title></head><body><nav>Inicio</nav>${paragraphs(
    returns,
  )
    .map((p, i) => (i === 0 ? `<h1>${p}</h1>` : `<p>${p}</p>`))
    .join('')}</body></html>`
  await input.setInputFiles({
    name: 'nicaragua.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  })
  await expect(page.getByRole('heading', { name: 'Proposed figures (4)' })).toBeVisible()
  await expect(page.getByLabel('Title')).toHaveValue('Aumentan los retornos a Nicaragua')
  await again.click()

  // A PDF as Chromium prints it: real text runs, lines and pages.
  const printer = await context.newPage()
  await printer.setContent(html)
  const pdf = await printer.pdf({ format: 'A4' })
  await printer.close()
  await input.setInputFiles({ name: 'nicaragua.pdf', mimeType: 'application/pdf', buffer: pdf })
  await expect(page.getByRole('heading', { name: 'Proposed figures (4)' })).toBeVisible({
    timeout: 15_000,
  })
  await expect(card(page, '7,830')).toContainText('Paragraph 1')
  await again.click()

  const docx = await Packer.toBuffer(
    new Document({
      sections: [
        { children: paragraphs(world).map((p) => new Paragraph({ children: [new TextRun(p)] })) },
      ],
    }),
  )
  await input.setInputFiles({
    name: 'world.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docx,
  })
  await expect(page.getByRole('heading', { name: 'Proposed figures (3)' })).toBeVisible({
    timeout: 15_000,
  })
  await expect(card(page, 'at least 3 million')).toContainText('001')
})

test('accept, edit and reject; a quote that is not verbatim is refused; the accepted figures are imported', async ({
  page,
}) => {
  await openImportView(page)
  await paste(page, world)
  await page.getByLabel('Publisher').fill('UNODC')
  await card(page, '4,500').getByRole('button', { name: 'Reject' }).click()
  const profits = card(page, 'up to US$9 billion')
  await profits.getByRole('button', { name: 'Edit' }).click()
  await profits
    .getByLabel('Evidence: the sentence, word for word')
    .fill('Smugglers earned up to US$9 billion.')
  await profits.getByRole('button', { name: 'Accept as edited' }).click()
  await card(page, 'at least 3 million').getByRole('button', { name: 'Accept' }).click()
  await page.getByRole('button', { name: 'Check and add the 2 accepted figures' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'not word for word in the cited paragraph: “Smugglers earned up to US$9 billion.”',
  )

  // Undo the edit, and accept the figure as proposed.
  await card(page, 'up to US$9 billion').getByRole('button', { name: 'Undo' }).click()
  await card(page, 'up to US$9 billion').getByRole('button', { name: 'Edit' }).click()
  await card(page, 'up to US$9 billion').getByLabel('Value').fill('8000000000')
  await card(page, 'up to US$9 billion')
    .getByLabel('Evidence: the sentence, word for word')
    .fill(
      'At least 3 million migrants were smuggled worldwide in 2018, generating up to US$9 billion for smugglers, the Global Study on Smuggling of Migrants found.',
    )
  await page.getByRole('button', { name: 'Accept as edited' }).click()
  await page.getByRole('button', { name: 'Check and add the 2 accepted figures' }).click()
  await expect(page.getByText('2 rows read: 2 valid figures, 0 rows with problems.')).toBeVisible()
  await page.getByRole('button', { name: 'Import 2 figures' }).click()
  const table = page.getByRole('table', {
    name: 'Imported figures, with their caveats and sources',
  })
  await expect(table).toContainText('at least 3 million')
  await expect(table).toContainText('up to US$8 billion')
  await expect(table).not.toContainText('4,500')
})
