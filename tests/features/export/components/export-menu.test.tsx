// The export menu as a person uses it: a button that opens a list of exports, keyboard usable,
// Escape closes it and gives focus back; each choice says what happened.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExportMenu } from '@/features/export/components/export-menu'
import { LanguageProvider } from '@/lib/language'
import type { Language } from '@/domain/translate'
import { QueryClient } from '@tanstack/react-query'
import { App } from '@/app/app'
import { byId, describeBuiltIn } from '../export-fixtures'
import { captureDownloads } from '@tests/capture-downloads'

function renderMenu(lang: Language = 'en') {
  const { descriptions } = describeBuiltIn(lang)
  const d = byId(descriptions, 'migrants-smuggled-world-2016')
  render(
    <LanguageProvider lang={lang}>
      <ExportMenu
        descriptions={[d]}
        title={d.indicatorName.text}
        subtitle={`${d.placeName.text} · 2016`}
        fileStem="migrants-smuggled"
      />
    </LanguageProvider>,
  )
  return screen.getByRole('button', { name: /^(Download|Descargar), / })
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 27, 10, 0))
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('ExportMenu', () => {
  it('opens from its button and lists images, data, copy and print', async () => {
    const user = userEvent.setup()
    const button = renderMenu()
    expect(button).toHaveAccessibleName('Download, copy or print: Migrants smuggled')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    // The items load with the menu's first opening, saying so meanwhile.
    const images = await screen.findByRole('group', { name: 'Image' })
    expect(
      within(images)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'PNG image for screens (1200 px wide)',
      'PNG image for print (2400 px wide)',
      'PNG image for a document page (16 cm wide, 300 dpi)',
      'PNG image for a slide (16:9)',
      'SVG vector image',
    ])
    expect(
      within(screen.getByRole('group', { name: 'Data' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'CSV: the figures shown',
      'Excel: the figures shown, with sources and caveats',
      'Data package (ZIP): the figures shown, with datapackage.json and a readme',
    ])
    expect(
      within(screen.getByRole('group', { name: 'Copy and print' }))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Copy image', 'Copy the image’s alt text', 'Copy citation', 'Print this view'])
  })

  it('works from the keyboard: Enter opens, arrows move, Escape closes and returns focus', async () => {
    const user = userEvent.setup()
    const button = renderMenu()
    button.focus()
    await user.keyboard('{Enter}')
    expect(
      screen.getByRole('button', { name: 'PNG image for screens (1200 px wide)' }),
    ).toHaveFocus()
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}')
    expect(screen.getByRole('button', { name: 'SVG vector image' })).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}')
    expect(screen.getByRole('button', { name: 'Print this view' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('button', { name: 'SVG vector image' })).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('closes when the person clicks elsewhere', async () => {
    const user = userEvent.setup()
    const button = renderMenu()
    await user.click(button)
    await user.click(document.body)
    expect(button).toHaveAttribute('aria-expanded', 'false')
  })

  it('downloads the CSV with a name that says what and when, and says so', async () => {
    const files = captureDownloads()
    const user = userEvent.setup()
    await user.click(renderMenu())
    await user.click(screen.getByRole('button', { name: 'CSV: the figures shown' }))
    // The export code is fetched on first use, so the message comes after a moment.
    expect(
      await screen.findByText(
        'Downloaded migrants-smuggled_001_2016_2026-11-27.csv.',
        {},
        { timeout: 5000 },
      ),
    ).toHaveRole('status')
    expect(files.map((f) => f.name)).toEqual(['migrants-smuggled_001_2016_2026-11-27.csv'])
    const text = await files[0]!.blob.text()
    expect(text).toContain('at least 2.5 million')
    expect(text).toContain('There is no consensus on the number of migrants smuggled worldwide')
    expect(screen.getByRole('button', { name: /^Download, / })).toHaveFocus()
  })

  it('copies the citation and shows it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    const user = userEvent.setup() // before the spy: user-event installs its own clipboard
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard)
    await user.click(renderMenu())
    await user.click(screen.getByRole('button', { name: 'Copy citation' }))
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1))
    const citation = writeText.mock.calls[0]![0] as string
    expect(citation).toMatch(
      /^Migrants smuggled \(World · 2016\)\. Original producer: UNODC Global Study/,
    )
    expect(citation).toContain(`Retrieved on November 27, 2026 from ${window.location.href}.`)
    expect(screen.getByRole('status')).toHaveTextContent(`Citation copied: ${citation}`)
  })

  it('shows the citation to copy by hand when the browser refuses, until dismissed', async () => {
    const writeText = vi
      .fn()
      .mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'))
    const user = userEvent.setup() // before the spy: user-event installs its own clipboard
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard)
    await user.click(renderMenu())
    await user.click(screen.getByRole('button', { name: 'Copy citation' }))
    expect(
      await screen.findByText(
        /^The browser did not allow copying\. Select the citation and copy it by hand: Migrants smuggled/,
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('says clearly when the browser cannot copy images', async () => {
    const user = userEvent.setup()
    await user.click(renderMenu())
    await user.click(screen.getByRole('button', { name: 'Copy image' }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'This browser cannot copy images. Download the PNG image instead.',
    )
  })

  it('reports a refused image copy with the browser’s reason', async () => {
    const write = vi
      .fn()
      .mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError'))
    const user = userEvent.setup() // before the spy: user-event installs its own clipboard
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly items: Record<string, unknown>) {}
      },
    )
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ write } as unknown as Clipboard)
    await user.click(renderMenu())
    await user.click(screen.getByRole('button', { name: 'Copy image' }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'The browser did not allow copying the image (Document is not focused.). Download the PNG image instead.',
      ),
    )
    expect(write).toHaveBeenCalledTimes(1)
    vi.unstubAllGlobals()
  })

  it('prints the page from the menu', async () => {
    vi.useRealTimers()
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    const user = userEvent.setup()
    await user.click(renderMenu())
    await user.click(screen.getByRole('button', { name: 'Print this view' }))
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
  })

  it('speaks Spanish in a Spanish view', async () => {
    const user = userEvent.setup()
    const button = renderMenu('es')
    expect(button).toHaveAccessibleName(
      'Descargar, copiar o imprimir: Migrantes objeto de tráfico ilícito',
    )
    await user.click(button)
    expect(
      screen.getByRole('button', { name: 'Imagen PNG para impresión (2400 px de ancho)' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copiar cita' })).toBeInTheDocument()
  })

  it('leaves out the full dataset when the card is shown without the app’s data', async () => {
    const user = userEvent.setup()
    await user.click(renderMenu())
    expect(
      screen.queryByRole('button', { name: 'Full dataset (Excel, with readme)' }),
    ).not.toBeInTheDocument()
  })
})

describe('export menus in the app', () => {
  it('gives every headline card of the overview its own menu, with the full dataset', async () => {
    vi.useRealTimers()
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?view=overview')
    render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />)
    const buttons = await screen.findAllByRole(
      'button',
      { name: /^Download, copy or print: / },
      { timeout: 5000 },
    )
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Download, copy or print: Migrants smuggled',
      'Download, copy or print: Profits from migrant smuggling',
      'Download, copy or print: Involuntary returns registered',
    ])
    await user.click(buttons[2]!)
    expect(screen.getByRole('button', { name: 'Full dataset (Excel, with readme)' })).toBeEnabled()
  })
})
