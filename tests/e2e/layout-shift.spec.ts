// The prerendered indicator pages do not move when the app takes over: the served HTML draws the
// bars as plain SVG in exactly the box the recharts chart then takes (plain-bars.tsx), at a wide
// and a narrow width. The viewport is tall, so the whole figure is on screen and any shift of it
// counts.
import { expect, test } from '@playwright/test'
import { builtInRoutes } from '@scripts/lib/site-routes'
import { waitForApp } from './helpers/app'

const indicatorRoutes = builtInRoutes().filter(
  (r) => r.kind === 'indicator' && !r.path.startsWith('/en'),
)

declare global {
  interface Window {
    layoutShift: { score: number; firstChartHeight: number | null }
  }
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 2400 } })
    for (const route of indicatorRoutes) {
      test(`${route.path} keeps its layout while the chart is drawn`, async ({ page }) => {
        await page.addInitScript(() => {
          window.layoutShift = { score: 0, firstChartHeight: null }
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number
              hadRecentInput: boolean
            })[])
              if (!entry.hadRecentInput) window.layoutShift.score += entry.value
          }).observe({ type: 'layout-shift', buffered: true })
          // The served chart's height, before any script of the page has run.
          document.addEventListener('DOMContentLoaded', () => {
            const chart = document.querySelector('.indicator-figure__chart')
            window.layoutShift.firstChartHeight = chart?.getBoundingClientRect().height ?? null
          })
        })
        await page.goto(route.path)
        await waitForApp(page)
        // recharts has replaced the served drawing.
        await expect(
          page.locator('.indicator-figure__chart .recharts-wrapper').first(),
        ).toBeVisible()
        await expect(page.locator('[data-chart="bar-plain"]')).toHaveCount(0)
        const { score, firstChartHeight } = await page.evaluate(() => window.layoutShift)
        const height = await page
          .locator('.indicator-figure__chart')
          .first()
          .evaluate((chart) => chart.getBoundingClientRect().height)
        expect(firstChartHeight).not.toBeNull()
        expect(height).toBeCloseTo(firstChartHeight!, 0)
        expect(score).toBeLessThan(0.02)
      })
    }
  })
}
