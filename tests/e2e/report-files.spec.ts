// The files a report is made of, downloaded in Chromium and read back: provenance inside the SVG
// (<metadata>), the PNG (iTXt chunks) and the workbook (document properties); the quotable
// sentence on the clipboard.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import * as XLSX from '@e965/xlsx'
import { strFromU8, unzipSync } from 'fflate'
import { checkTabularPackage, parseBibtex, parseRis } from '../helpers/report-formats'
import { test, expect } from './helpers/console'
import { openApp } from './helpers/app'

const dataset = JSON.parse(readFileSync('public/data/v1/dataset.json', 'utf8')) as {
  datasetVersion: string
  figures: { id: string; caveats: { text: { en: string; es: string } }[] }[]
}
const SMUGGLED = dataset.figures.find((f) => f.id === 'migrants-smuggled-world-2016')!
const VERSION = dataset.datasetVersion
const MENU = /^Download, copy or print: Migrants smuggled$/
const INDICATOR = '?view=indicator&indicator=migrants-smuggled'

async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: MENU }).click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item, exact: true }).click(),
  ])
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) }
}

/** The PNG's iTXt entries by keyword, read chunk by chunk as any PNG reader does. */
function pngText(bytes: Buffer): Record<string, string> {
  const found: Record<string, string> = {}
  let at = 8
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at)
    const type = bytes.subarray(at + 4, at + 8).toString('latin1')
    if (type === 'iTXt') {
      const data = bytes.subarray(at + 8, at + 8 + length)
      const keyEnd = data.indexOf(0)
      expect(data[keyEnd + 1], 'uncompressed').toBe(0)
      const langEnd = data.indexOf(0, keyEnd + 3)
      const translatedEnd = data.indexOf(0, langEnd + 1)
      found[data.subarray(0, keyEnd).toString('latin1')] = data
        .subarray(translatedEnd + 1)
        .toString('utf8')
    }
    if (type === 'IEND') break
    at += 12 + length
  }
  return found
}

test.describe('provenance inside the files', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, INDICATOR)
    await expect(page.locator('svg.recharts-surface')).toBeVisible()
  })

  test('SVG: Dublin Core <metadata> with title, sources, caveats, link, version and date', async ({
    page,
  }) => {
    const file = await download(page, 'SVG vector image')
    const meta = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      const DC = 'http://purl.org/dc/elements/1.1/'
      const all = (ns: string, name: string) =>
        [...doc.getElementsByTagNameNS(ns, name)].map((el) => el.textContent)
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        inMetadata: doc.querySelector('metadata')?.getElementsByTagNameNS(DC, 'title').length,
        title: all(DC, 'title'),
        sources: all(DC, 'source'),
        caveats: all(DC, 'description'),
        link: all(DC, 'identifier'),
        date: all(DC, 'date'),
        version: all('http://purl.org/dc/terms/', 'hasVersion'),
        words: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      }
    }, file.bytes.toString('utf8'))
    expect(meta.error).toBeNull()
    expect(meta.inMetadata).toBe(1)
    expect(meta.title).toEqual(['Migrants smuggled'])
    expect(meta.sources[0]).toMatch(/^Source: International Organization for Migration/)
    expect(meta.caveats).toHaveLength(SMUGGLED.caveats.length)
    for (const [i, caveat] of SMUGGLED.caveats.entries())
      expect(meta.caveats[i]).toContain(caveat.text.en)
    expect(meta.link).toEqual([page.url()])
    expect(meta.date[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(meta.version).toEqual([VERSION])
    // The version is written on the image too, not only in its metadata.
    expect(meta.words).toContain(`Dataset version ${VERSION}`)
  })

  test('PNG: iTXt entries carry the same provenance', async ({ page }) => {
    const file = await download(page, 'PNG image for screens (1200 px wide)')
    const text = pngText(file.bytes)
    expect(text.Title).toBe('Migrants smuggled')
    expect(text.Source).toMatch(/^Source: International Organization for Migration/)
    for (const caveat of SMUGGLED.caveats) expect(text.Caveats).toContain(caveat.text.en)
    expect(text.Link).toBe(page.url())
    expect(text['Dataset version']).toBe(VERSION)
    expect(text['Creation Time']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(text.Description).toContain('at least 2.5 million people')
  })

  test('Excel: document properties carry title, sources, caveats, link and version', async ({
    page,
  }) => {
    const file = await download(page, 'Excel: the figures shown, with sources and caveats')
    const book = XLSX.read(file.bytes, { type: 'buffer' })
    expect(book.Props?.Title).toBe('Migrants smuggled')
    expect(book.Props?.Keywords).toBe(page.url())
    expect(book.Props?.Comments).toMatch(/^Source: International Organization for Migration/)
    expect(book.Custprops).toMatchObject({ Link: page.url(), 'Dataset version': VERSION })
    for (const caveat of SMUGGLED.caveats)
      expect(String((book.Custprops as Record<string, unknown>).Caveats)).toContain(caveat.text.en)
  })
})

test.describe('the quotable sentence', () => {
  test('one click under a figure copies the sentence, in English and in Spanish', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openApp(page)
    await page
      .getByRole('button', { name: 'Copy as a sentence: Migrants smuggled, World, 2016' })
      .click()
    const expected =
      'At least 2.5 million people (migrants smuggled, World, 2016), according to UNODC Global Study'
    await expect(page.getByRole('status').filter({ hasText: 'Copied:' })).toContainText(expected)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^At least 2\.5 million people .* as cited by IOM \(date not stated\); the source does not state which places the figure covers\.$/,
    )

    await openApp(page, '?lang=es')
    await page
      .getByRole('button', {
        name: 'Copiar como frase: Migrantes objeto de tráfico ilícito, Mundo, 2016',
      })
      .click()
    await expect(page.getByRole('status').filter({ hasText: 'Copiado:' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Al menos 2,5 millones de personas .*, citado por IOM \(sin fecha\); la fuente no indica qué lugares abarca la cifra\.$/,
    )
  })
})

/** Width, height and stated dpi of a PNG. */
function pngInfo(bytes: Buffer) {
  const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  const phys = bytes.indexOf('pHYs', 0, 'latin1')
  const dpi = phys > 0 ? Math.round(bytes.readUInt32BE(phys + 4) / 39.3701) : null
  return { ...size, dpi }
}

test.describe('images for documents and slides', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, INDICATOR)
    await expect(page.locator('svg.recharts-surface')).toBeVisible()
  })

  test('a page image is 16 cm wide at 300 dpi and fits a page; a slide image is 16:9', async ({
    page,
  }) => {
    const pageImage = await download(page, 'PNG image for a document page (16 cm wide, 300 dpi)')
    expect(pageImage.name).toMatch(/_page_\d{4}-\d{2}-\d{2}\.png$/)
    const a = pngInfo(pageImage.bytes)
    expect(a.dpi).toBe(300)
    expect(a.width).toBeLessThanOrEqual(1890)
    // At most 22 cm tall: inside an A4 or Letter page's margins.
    expect(a.height).toBeLessThanOrEqual(2598)
    expect((a.width / a.dpi!) * 2.54).toBeLessThanOrEqual(16.01)
    expect(pngText(pageImage.bytes)['Dataset version']).toBe(VERSION)

    const slide = await download(page, 'PNG image for a slide (16:9)')
    expect(pngInfo(slide.bytes)).toEqual({ width: 1920, height: 1080, dpi: 144 })
  })

  test('the alt text is offered for copying with the image', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: MENU }).click()
    await page.getByRole('button', { name: 'Copy the image’s alt text', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Alt text copied' })).toBeVisible()
    const alt = await page.evaluate(() => navigator.clipboard.readText())
    expect(alt).toMatch(
      /^Migrants smuggled, World · 2016\. World, 2016: at least 2\.5 million people/,
    )
    expect(alt).toContain('Source: International Organization for Migration (IOM)')
  })
})

test.describe('the data package', () => {
  test('the view’s figures as a ZIP: CSV, a valid datapackage.json and a README with the caveats', async ({
    page,
  }) => {
    await openApp(page, INDICATOR)
    const file = await download(
      page,
      'Data package (ZIP): the figures shown, with datapackage.json and a readme',
    )
    expect(file.name).toMatch(/^migrants-smuggled_001_2016_data-package_\d{4}-\d{2}-\d{2}\.zip$/)
    const entries = Object.fromEntries(
      Object.entries(unzipSync(new Uint8Array(file.bytes))).map(([n, b]) => [n, strFromU8(b)]),
    )
    expect(Object.keys(entries).sort()).toEqual(['README.md', 'datapackage.json', 'figures.csv'])
    const pkg = JSON.parse(entries['datapackage.json']!) as Record<string, unknown>
    expect(checkTabularPackage(pkg, entries)).toEqual([])
    expect(pkg).toMatchObject({ version: VERSION, homepage: page.url() })
    expect(entries['figures.csv']).toContain('at least 2.5 million')
    for (const caveat of SMUGGLED.caveats) expect(entries['README.md']).toContain(caveat.text.en)
  })

  test('the full data in Spanish', async ({ page }) => {
    await openApp(page, `${INDICATOR}&lang=es`)
    await page.getByRole('button', { name: /^Descargar, copiar o imprimir: / }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Paquete de datos completo (ZIP)', exact: true }).click(),
    ])
    const bytes = await readFile((await download.path())!)
    const entries = Object.fromEntries(
      Object.entries(unzipSync(new Uint8Array(bytes))).map(([n, b]) => [n, strFromU8(b)]),
    )
    const pkg = JSON.parse(entries['datapackage.json']!) as Record<string, unknown>
    expect(checkTabularPackage(pkg, entries)).toEqual([])
    expect(entries['README.md']).toContain('## Licencia')
    const csvLines = entries['figures.csv']!.trim().split('\r\n')
    expect(csvLines).toHaveLength(dataset.figures.length + 1)
  })
})

test.describe('citations', () => {
  test('the view and each source in APA, Chicago, BibTeX and RIS, each copied with its own button', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openApp(page, INDICATOR)
    await page.getByRole('button', { name: MENU }).click()
    await page
      .getByRole('button', { name: 'Cite: APA, Chicago, BibTeX, RIS…', exact: true })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Cite: Migrants smuggled' })
    await expect(dialog).toBeVisible()
    const texts = dialog.locator('.citations__text')
    await expect(texts).toHaveCount(2)
    await expect(texts.first()).toContainText(`Retrieved on`)

    await dialog.getByRole('radio', { name: 'APA 7' }).check()
    await expect(texts.nth(1)).toContainText('(n.d.).')
    await expect(texts.nth(1)).toContainText('[Press release]')

    await dialog.getByRole('radio', { name: 'BibTeX' }).check()
    const bib = await texts.allTextContents()
    const entries = bib.map(parseBibtex)
    expect(entries[0]!.fields).toMatchObject({ version: VERSION, url: page.url() })
    await dialog
      .getByRole('button', { name: 'Copy the citation of This view of the dashboard' })
      .click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bib[0])

    await dialog.getByRole('radio', { name: 'RIS' }).check()
    const ris = (await texts.allTextContents()).map((text) => parseRis(text))
    expect(ris[0]).toMatchObject({ TY: ['DATA'], ET: [VERSION] })
    expect(ris[1]).toMatchObject({ TY: ['PRESS'] })

    // The same entries in Spanish.
    await dialog.getByRole('radio', { name: 'Spanish' }).check()
    await dialog.getByRole('radio', { name: 'APA 7' }).check()
    await expect(texts.nth(1)).toContainText('(s. f.).')
    await expect(texts.nth(1)).toContainText('[Comunicado de prensa]')

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: MENU })).toBeFocused()
  })
})

/** The words of word/document.xml, paragraph by paragraph, and the images' alt texts. */
function readDocx(bytes: Buffer) {
  const files = unzipSync(new Uint8Array(bytes))
  const xml = strFromU8(files['word/document.xml']!)
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => unescape(t!)).join(''),
    )
    .filter(Boolean)
  const altTexts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map(([, d]) => unescape(d!))
  const images = Object.keys(files).filter((name) => name.startsWith('word/media/'))
  return { paragraphs, text: paragraphs.join('\n'), altTexts, images, files }
}

test.describe('the briefing pack', () => {
  test('figures chosen in two views, written as a Word document in Spanish', async ({ page }) => {
    await openApp(page)
    await page
      .getByRole('button', { name: 'Add to briefing pack: Migrants smuggled, World, 2016' })
      .click()
    await expect(
      page.getByRole('button', { name: 'In the briefing pack: Migrants smuggled, World, 2016' }),
    ).toHaveAttribute('aria-pressed', 'true')
    const bar = page.getByRole('region', { name: 'Briefing pack: 1 figure' })
    await expect(bar).toBeVisible()

    // Another view: the pack keeps its figures.
    await page.getByRole('link', { name: /Chart and table: Involuntary returns/ }).click()
    await page
      .getByRole('button', { name: /^Add to briefing pack: Involuntary returns registered, / })
      .click()
    const bar2 = page.getByRole('region', { name: 'Briefing pack: 2 figures' })
    await bar2.getByRole('radio', { name: 'Spanish' }).check()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar2.getByRole('button', { name: 'Download the briefing pack (Word)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^dosier-informativo_.*\.docx$/)
    const doc = readDocx(await readFile((await download.path())!))
    expect(doc.paragraphs[0]).toBe('Dosier informativo: estadísticas migratorias')
    expect(doc.text).toContain(`Versión del conjunto de datos ${VERSION}`)
    // Each figure: its heading, image with alt text, quotable sentence, caveats and source.
    expect(doc.images).toHaveLength(2)
    expect(doc.altTexts).toHaveLength(2)
    expect(doc.altTexts[0]).toMatch(
      /^Migrantes objeto de tráfico ilícito, Mundo · 2016\. Mundo, 2016: al menos 2,5 millones de personas/,
    )
    expect(doc.text).toMatch(
      /Frase citable: Al menos 2,5 millones de personas .*citado por IOM \(sin fecha\)/,
    )
    for (const caveat of SMUGGLED.caveats) expect(doc.text).toContain(caveat.text.es)
    expect(doc.text).toContain('Fuente: International Organization for Migration (IOM)')
    // The bibliography: one entry per source document, in APA 7.
    const bibliography = doc.paragraphs.slice(doc.paragraphs.indexOf('Bibliografía') + 1)
    expect(bibliography).toEqual([
      expect.stringMatching(
        /^International Organization for Migration \(IOM\)\. \(s\. f\.\)\. Gobiernos y organizaciones civiles .* \[Comunicado de prensa\]\.$/,
      ),
      expect.stringMatching(
        /^International Organization for Migration \(IOM\)\. \(2020, 27 de agosto\)\. La OIM destaca .* \[Comunicado de prensa\]\.$/,
      ),
    ])

    await bar2.getByRole('button', { name: 'Empty the pack' }).click()
    await expect(page.getByRole('region', { name: /^Briefing pack/ })).toHaveCount(0)
  })
})
