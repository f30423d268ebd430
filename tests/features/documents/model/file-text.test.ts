// HTML and PDF become the same paragraphs as the text they carry.
import { htmlToText } from '@/features/documents/model/html-text'
import { pdfToText } from '@/features/documents/model/pdf-text'
import { readDocument } from '@/features/documents/model/read-document'
import { layoutPages, writePdf } from '@scripts/lib/write-pdf'

describe('htmlToText', () => {
  it('keeps paragraphs and headings, drops scripts and navigation, decodes entities', () => {
    const html = `<html><head><title>T</title><script>var x = 5000</script></head><body>
      <nav>Home | 2,000 links</nav><h1>Returns to Honduras</h1>
      <p>Tegucigalpa - Honduras registr&oacute; 52.340 retornos<br>en 2021.</p><p>Otro&nbsp;p&aacute;rrafo.</p></body></html>`
    expect(htmlToText(html)).toBe(
      'Returns to Honduras\n\nTegucigalpa - Honduras registró 52.340 retornos en 2021.\n\nOtro párrafo.',
    )
  })
})

describe('pdfToText', () => {
  it('reads back the paragraphs of a written PDF, accents included', async () => {
    const paragraphs = [
      'Retornos a Honduras',
      'Tegucigalpa - Honduras registró 52.340 retornos de migrantes en 2021, según el Observatorio Consular y Migratorio, y al menos 6.000 eran niños y niñas que viajaban solos desde los Estados Unidos y México.',
      'San José – more text.',
    ]
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const pdf = await pdfjs.getDocument({
      data: writePdf(layoutPages(paragraphs)),
      isEvalSupported: false,
      standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/',
    }).promise
    const text = await pdfToText(pdf)
    expect(text.split('\n\n')).toEqual(paragraphs)
    expect(readDocument(text).candidates.map((c) => c.valueText)).toEqual([
      '52.340',
      'al menos 6.000',
    ])
  })
})
