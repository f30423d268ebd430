// The overview reads at a glance on a laptop: themes with one or two cards share a row, so the
// three built-in headlines sit side by side (one card per row would make the page some 2,500 px
// tall at 1280 px); on a phone
// they stack, one card across the screen.
import { test, expect } from './helpers/console'
import { openApp } from './helpers/app'

async function cardBoxes(page: import('@playwright/test').Page) {
  const cards = page.getByRole('main').getByRole('figure')
  await expect(cards).toHaveCount(3)
  return Promise.all((await cards.all()).map(async (card) => (await card.boundingBox())!))
}

test('at 1280 px the three headline cards share one row, and the page is under 1,400 px tall', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openApp(page)
  const boxes = await cardBoxes(page)
  expect(new Set(boxes.map((b) => Math.round(b.y))).size).toBe(1)
  expect(boxes.every((b) => b.width >= 300)).toBe(true)
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1400)
})

test('at 390 px the cards stack, each as wide as the screen allows', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await openApp(page)
  const boxes = await cardBoxes(page)
  for (let i = 1; i < boxes.length; i++)
    expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height)
  expect(boxes.every((b) => b.width >= 330)).toBe(true)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})
