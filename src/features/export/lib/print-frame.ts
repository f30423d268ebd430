// Every printed page names where it comes from: the dashboard, the retrieval date and the
// dataset version, the view's link and "Page n of m". People print from the browser (Ctrl+P or the menu), so this must be CSS:
// @page margin boxes (Chromium 131+), rewritten the moment the browser prepares the
// printout ('beforeprint'), because the link and the date are the ones of that moment.
import type { Language, Translate } from '@/domain/translate'
import { formatDate } from '@/domain/source'
import { isoDay } from '@/features/export/model/file-name'

// Stand-ins for the page counters, replaced after translation so the catalogue keeps whole sentences.
const PAGE = '\u0001'
const PAGES = '\u0002'

/** A CSS string literal: quotes, backslashes and line ends escaped, control characters dropped. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')
  return `"${escaped}"`
}

export interface PrintFrameInput {
  link: string
  now: Date
  lang: Language
  t: Translate
  /** The loaded built-in data's version; empty while it is not known. */
  datasetVersion: string
}

/**
 * The @page rules of the printout: top left the dashboard, top right the date and the dataset
 * version, bottom the link and page.
 */
export function printFrameCss({ link, now, lang, t, datasetVersion }: PrintFrameInput): string {
  const pageOf = t('export.print.pageOf', { page: PAGE, pages: PAGES })
  const counters = pageOf
    // eslint-disable-next-line no-control-regex -- the stand-ins are control characters on purpose
    .split(/(\u0001|\u0002)/)
    .filter(Boolean)
    .map((part) =>
      part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part),
    )
    .join(' ')
  const retrieved = [
    t('export.print.retrieved', { date: formatDate(isoDay(now), lang) }),
    ...(datasetVersion ? [t('export.print.version', { version: datasetVersion })] : []),
  ].join(' · ')
  const box = 'font: 8pt sans-serif; color: #444;'
  return [
    '@media print { @page {',
    `@top-left { content: ${cssString(t('app.title'))}; ${box} }`,
    `@top-right { content: ${cssString(retrieved)}; ${box} }`,
    `@bottom-left { content: ${cssString(link)}; ${box} word-break: break-all; }`,
    `@bottom-right { content: ${counters}; ${box} white-space: nowrap; }`,
    '} }',
  ].join('\n')
}

let sheet: CSSStyleSheet | null = null

// A constructed style sheet, not a <style> element: the page's Content-Security-Policy
// (style-src 'self') refuses inline styles, not the CSS object model.
export function writePrintFrame(input: PrintFrameInput): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return
  if (!sheet) {
    sheet = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  }
  sheet.replaceSync(printFrameCss(input))
}
