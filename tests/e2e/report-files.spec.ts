// The files a report is made of, downloaded in Chromium and read back: provenance inside the SVG
// (<metadata>), the PNG (iTXt chunks) and the workbook (document properties); the quotable
// sentence on the clipboard.
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import * as XLSX from '@e965/xlsx'
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
