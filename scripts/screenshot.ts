// Takes screenshots of the running app for a person to look at:
//   tsx scripts/screenshot.ts <url> <out.png> [width] [height]
import { chromium } from '@playwright/test'

const [url = 'http://localhost:4173/', out = 'screenshot.png', width = '1280', height = '900'] =
  process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } })
page.on('console', (msg) => console.log(`[console.${msg.type()}] ${msg.text()}`))
await page.goto(url, { waitUntil: 'networkidle' })
await page.screenshot({ path: out, fullPage: true })
await browser.close()
console.log(`wrote ${out}`)
