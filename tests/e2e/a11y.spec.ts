// Accessibility in a real browser: axe-core (WCAG 2.0/2.1 A and AA) on every view and state in
// both languages, with zero violations; text alternatives for charts; reduced motion respected.
import type { Page } from '@playwright/test'
import { test, expect } from './helpers/console'
import { expectNoAxeViolations } from './helpers/axe'
import { clearImports, failDataRequests, openApp, waitForApp } from './helpers/app'

const views = [
  { name: 'overview', search: '' },
  { name: 'indicator', search: '?view=indicator&indicator=migrants-smuggled' },
  { name: 'indicator as table', search: '?view=indicator&indicator=involuntary-returns&tab=table' },
  { name: 'sources', search: '?view=sources' },
  { name: 'context', search: '?view=context' },
  { name: 'definitions', search: '?view=definitions' },
  { name: 'import', search: '?view=import' },
  { name: 'overview filtered', search: '?country=JAM&time=2018' },
  { name: 'link with ignored parts', search: '?view=sources&colour=blue&time=20x8' },
]
const langs = ['en', 'es'] as const
const withLang = (search: string, lang: string) => `${search}${search ? '&' : '?'}lang=${lang}`

/** Buttons and summaries that open something (menus, dialogs, disclosures) and are closed now. */
function closedToggles(page: Page) {
  return page
    .getByRole('main')
    .locator(
      'button[aria-expanded="false"], button[aria-haspopup]:not([aria-expanded="true"]), details:not([open]) > summary',
    )
}

for (const lang of langs) {
  for (const { name, search } of views) {
    test(`${name} (${lang}): no axe violations, also with each menu, dialog or panel open`, async ({
      page,
    }) => {
      await openApp(page, withLang(search, lang))
      await expectNoAxeViolations(page, `${name}, ${lang}`)
      // Numbered first: opening one changes which others match the selector.
      const count = await closedToggles(page).evaluateAll(
        (els) => els.map((el, i) => el.setAttribute('data-a11y-toggle', String(i))).length,
      )
      for (let i = 0; i < count; i++) {
        const toggle = page.locator(`[data-a11y-toggle="${i}"]`)
        if (!(await toggle.isVisible())) continue
        const label =
          (await toggle.getAttribute('aria-label')) ?? (await toggle.textContent()) ?? `toggle ${i}`
        await toggle.click()
        await expectNoAxeViolations(page, `${name}, ${lang}, "${label.trim()}" open`)
        await page.keyboard.press('Escape')
        const stillOpen =
          (await toggle.getAttribute('aria-expanded')) === 'true' ||
          (await toggle.evaluate((el) => el.parentElement?.hasAttribute('open') ?? false))
        if (stillOpen) await toggle.click()
      }
    })
  }

  test(`data service down (${lang}): the error state has no axe violations`, async ({
    page,
    consoleWatch,
  }) => {
    consoleWatch.allow(/status of 503/)
    await failDataRequests(page)
    await page.goto(withLang('', lang))
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoAxeViolations(page, `error state, ${lang}`)
  })
}

for (const lang of langs) {
  test(`import (${lang}): a file with problems, then imported figures on the overview: no axe violations`, async ({
    page,
  }) => {
    await openApp(page, withLang('?view=import', lang))
    await clearImports(page)
    await page.reload()
    await waitForApp(page)
    const rows = [
      'indicator,theme,geography code,year,estimate kind,value,low,high,unit,caveats,source document,publisher',
      'Example returns,returns,JAM,2019,point,10,,,returns,Coverage: one airport,Register,Ministry',
      'Example returns,returns,XYZ,2020,range,,500,300,returns,,Register,Ministry',
    ]
    // The importer's chooser (the document reader has a file input of its own).
    await page.locator('input[type="file"][accept*=".csv"]').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n')),
    })
    await expect(page.getByRole('main').getByRole('table').first()).toBeVisible()
    await expectNoAxeViolations(page, `import report with problems, ${lang}`)
    await page.getByRole('main').getByRole('checkbox').first().check()
    await page
      .getByRole('button', {
        name: lang === 'en' ? 'Import only the 1 valid figure' : /^Importar solo .*1/,
      })
      .click()
    await expect(page.getByRole('main')).toContainText('broken.csv')
    await expectNoAxeViolations(page, `import list with a file, ${lang}`)
    await openApp(page, withLang('?country=JAM', lang))
    await expect(
      page.getByRole('main').getByRole('figure').filter({ hasText: 'Example returns' }),
    ).toBeVisible()
    await expectNoAxeViolations(page, `overview with an imported figure, ${lang}`)
    await clearImports(page)
  })
}

test('with reduced motion asked for, nothing animates with CSS on any view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  for (const { name, search } of views) {
    await openApp(page, search)
    const running = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running')
        .map((a) =>
          a.effect instanceof KeyframeEffect && a.effect.target instanceof Element
            ? a.effect.target.outerHTML.slice(0, 80)
            : String(a),
        ),
    )
    expect(running, `running animations on ${name}`).toEqual([])
  }
})

test('every chart is one image with a text alternative that states its figures, in both languages', async ({
  page,
}) => {
  const cases = [
    { search: '?view=indicator&indicator=migrants-smuggled', says: /at least 2\.5 million people/ },
    {
      search: '?view=indicator&indicator=smuggling-profits&lang=es',
      says: /Ganancias del tráfico ilícito de migrantes, Mundo, 2016: 5,5-7 mil millones US\$ \(intervalo/,
    },
    {
      search: '?view=indicator&indicator=involuntary-returns',
      says: /2018: 4,323 returns \(point value\)/,
    },
  ]
  for (const { search, says } of cases) {
    await openApp(page, search)
    const charts = page.getByRole('main').locator('svg.recharts-surface')
    await expect(charts.first()).toBeVisible()
    const drawings = await charts.evaluateAll((svgs) =>
      svgs.map((svg) => {
        const image = svg.closest('[role="img"]')
        return {
          label: image?.getAttribute('aria-label') ?? '',
          svgHasOwnRole: svg.hasAttribute('role') && svg.getAttribute('role') !== 'presentation',
        }
      }),
    )
    expect(drawings.length, search).toBeGreaterThan(0)
    for (const drawing of drawings) {
      // The drawing's parts are not read one by one: the image's name says what it shows.
      expect(drawing.label, search).toMatch(says)
      expect(drawing.svgHasOwnRole, search).toBe(false)
    }
  }
})

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await openApp(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

test.describe('screen widths', () => {
  // WCAG 1.4.10 (reflow): at 320 CSS pixels nothing needs sideways scrolling; 390 is a common
  // phone, 1280 a laptop. The screenshots saved in test-results/screens/ are for looking at by eye:
  // nothing compares them, so they are not a check (the charts' drawing is checked from the SVG
  // in chart-geometry.spec.ts).
  for (const width of [320, 390, 1280]) {
    test(`at ${width} px no view scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      for (const { name, search } of views) {
        await openApp(page, search)
        const overflow = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth
          const wide = [...document.querySelectorAll('body *')].filter((el) => {
            const box = el.getBoundingClientRect()
            // Tables and charts may scroll inside their own box; the page itself must not.
            return (
              box.width > 0 &&
              box.right > limit + 1 &&
              !el.closest('[data-scrolls], .table-scroll, .indicator-table')
            )
          })
          return {
            page: document.documentElement.scrollWidth - limit,
            elements: wide.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
          }
        })
        expect(
          overflow.page,
          `${name} at ${width}px scrolls sideways by ${overflow.page}px: ${overflow.elements.join(', ')}`,
        ).toBeLessThanOrEqual(0)
        if (width !== 320)
          await page.screenshot({
            path: `test-results/screens/${name.replaceAll(' ', '-')}-${width}.png`,
            fullPage: true,
          })
      }
    })
  }
})
