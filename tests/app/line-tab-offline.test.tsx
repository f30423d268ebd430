// The Line tab's code loads when the tab is chosen. When it cannot be loaded (the connection
// dropped after the page loaded), the figure says so and gives every figure in words, with its
// source and caveats still under it; the other tabs keep working.
import { configure, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from '../render-app'

configure({ asyncUtilTimeout: 5000 })

vi.mock('@/features/indicator/model/plan-lines', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

it('says the line chart could not be drawn, lists the figures in words, and the bars still draw', async () => {
  const user = userEvent.setup()
  renderApp('/indicator/involuntary-returns')
  await user.click(await screen.findByRole('tab', { name: 'Line' }))
  const figure = await screen.findByRole('figure', { name: 'Involuntary returns registered' })
  expect(
    await within(figure).findByText('The chart could not be drawn. The figures in words:'),
  ).toBeInTheDocument()
  expect(figure).toHaveTextContent(
    'Involuntary returns registered, Caribbean (CARICOM member states), 2018: 4,323 returns (point value).',
  )
  expect(within(figure).getAllByRole('list', { name: 'Caveats' }).length).toBeGreaterThan(0)
  await user.click(screen.getByRole('tab', { name: 'Bar' }))
  expect(within(figure).queryByText(/could not be drawn/)).not.toBeInTheDocument()
})
