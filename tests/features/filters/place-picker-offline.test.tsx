// The place list loads when the picker is first opened. When it cannot be loaded (the connection
// dropped after the page loaded), the picker says so; the chosen places stay, and closing and
// opening it again tries again.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PlacePicker } from '@/features/filters/components/place-picker'
import { LanguageProvider } from '@/lib/language'
import { builtInIndex } from './built-in-index'

vi.mock('@/features/filters/components/place-list', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

it('says the list of places could not be loaded, keeps the chosen places, and tries again', async () => {
  const onChange = vi.fn()
  render(
    <LanguageProvider lang="en">
      <PlacePicker index={builtInIndex()} selected={['JAM']} onChange={onChange} />
    </LanguageProvider>,
  )
  const user = userEvent.setup()
  const toggle = screen.getByRole('button', { name: 'Choose countries or regions' })
  await user.click(toggle)
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The list of places could not be loaded. Close and open it to try again.',
  )
  expect(screen.getByRole('button', { name: 'Remove Jamaica' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Close the list' }))
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Choose countries or regions' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(/could not be loaded/)
  expect(onChange).not.toHaveBeenCalled()
})
