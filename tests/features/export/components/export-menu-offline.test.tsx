// When the menu's items cannot be loaded (the connection dropped after the page loaded), the
// menu says so and offers to try again; the page and the menu's button stay as they were.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ExportMenu } from '@/features/export/components/export-menu'
import { LanguageProvider } from '@/lib/language'
import { byId, describeBuiltIn } from '../export-fixtures'

vi.mock('@/features/export/components/export-menu-items', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

it('says the download options could not be loaded, and offers to try again', async () => {
  const { descriptions } = describeBuiltIn('en')
  const d = byId(descriptions, 'migrants-smuggled-world-2016')
  render(
    <LanguageProvider lang="en">
      <p>Headline: 2.5 million</p>
      <ExportMenu
        descriptions={[d]}
        title={d.indicatorName.text}
        subtitle="World · 2016"
        fileStem="migrants-smuggled"
      />
    </LanguageProvider>,
  )
  const user = userEvent.setup()
  await user.click(
    screen.getByRole('button', { name: 'Download, copy or print: Migrants smuggled' }),
  )
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(/^The download options could not be loaded: .+Try again$/)
  await user.click(screen.getByRole('button', { name: 'Try again' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(/could not be loaded/)
  expect(screen.getByText('Headline: 2.5 million')).toBeInTheDocument()
  expect(
    screen.getByRole('button', { name: 'Download, copy or print: Migrants smuggled' }),
  ).toHaveAttribute('aria-expanded', 'true')
})
