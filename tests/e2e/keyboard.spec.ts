// A keyboard-only journey: every stop shows where focus is; the filters, the year and an export
// menu work without a mouse, and focus never gets lost when something opens or closes.
import type { Page } from '@playwright/test'
import { test, expect } from './helpers/console'
import { openApp } from './helpers/app'

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, accessibleName: RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''}`.trim()
    })
    await expectVisibleFocus(page)
    if (accessibleName.test(focused)) return
  }
  throw new Error(`no focusable element named ${accessibleName} within ${max} Tab presses`)
}

/** The focused element has a visible outline (the :focus-visible style), and is on screen. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    const box = el.getBoundingClientRect()
    return {
      tag: el.tagName,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      visible: box.width > 0 && box.height > 0,
    }
  })
  expect(focus, `focus indicator on ${focus.tag}`).toMatchObject({ outline: true, visible: true })
}

test('filters by country and year and opens an export menu, with the keyboard only', async ({
  page,
}) => {
  await openApp(page)

  // Country: open the picker, search, tick a country, close with Escape.
  await tabTo(page, /Choose countries or regions/)
  await page.keyboard.press('Enter')
  const search = page.getByRole('searchbox', { name: /Search by name, code or region/ })
  await expect(search).toBeFocused()
  await page.keyboard.type('Jamaica')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('checkbox', { name: /Jamaica/ })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/[?&]country=JAM(&|$)/)
  await page.keyboard.press('Escape')
  const toggle = page.getByRole('button', { name: /countries or regions/ })
  await expect(toggle).toBeFocused()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('button', { name: /Remove Jamaica/ })).toBeVisible()

  // Year: the "from" year moves with the arrow keys.
  await tabTo(page, /^All years/)
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(/[?&]time=2016(\.\.\d{4})?(&|$)/)
  await expect(page.getByRole('status').filter({ hasText: /figures? shown for/ })).toContainText(
    'Jamaica, 2016',
  )

  // Export: the first card's menu opens on Enter, arrows move, Escape closes back to the button.
  await tabTo(page, /^Download, copy or print:/)
  const menuButton = page.getByRole('button', {
    name: (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '',
  })
  await page.keyboard.press('Enter')
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
  const items = page.locator('[data-export-item]:not(:disabled)')
  await expect(items.first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(items.nth(1)).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.press('Escape')
  await expect(menuButton).toBeFocused()
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
})

test('follows a figure to its indicator view and switches to the table with the keyboard', async ({
  page,
}) => {
  await openApp(page)
  await tabTo(page, /^Chart and table: Migrants smuggled/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/indicator\/migrants-smuggled/)
  await expect(page.getByRole('heading', { level: 2, name: 'Migrants smuggled' })).toBeVisible()
  await tabTo(page, /^Bar$/)
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Map' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused()
  await expect(page).toHaveURL(/tab=table/)
  await expect(page.getByRole('table').first()).toBeVisible()
})
